package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** A line of a national test's result table: a skill, an area or a subject, or their mean. */
public enum TestItem implements Labeled {
  READING_ALOUD("การอ่านออกเสียง", "Reading aloud"),
  READING_COMPREHENSION("การอ่านรู้เรื่อง", "Reading comprehension"),
  READING_TOTAL("รวม 2 สมรรถนะ", "Both skills"),
  THAI("ภาษาไทย", "Thai"),
  MATH("คณิตศาสตร์", "Mathematics"),
  SCIENCE("วิทยาศาสตร์", "Science"),
  ENGLISH("ภาษาอังกฤษ", "English"),
  AREAS_TOTAL("รวม 2 ด้าน", "Both areas"),
  SUBJECTS_MEAN("เฉลี่ย 4 วิชา", "Mean of 4 subjects");

  private final LocalizedText label;

  TestItem(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
