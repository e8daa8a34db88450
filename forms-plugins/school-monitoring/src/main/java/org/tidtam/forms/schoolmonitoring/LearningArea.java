package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The eight learning areas (กลุ่มสาระการเรียนรู้) of the basic-education core curriculum. */
public enum LearningArea implements Labeled {
  THAI("ภาษาไทย", "Thai"),
  MATH("คณิตศาสตร์", "Mathematics"),
  SCIENCE("วิทยาศาสตร์และเทคโนโลยี", "Science and technology"),
  SOCIAL("สังคมศึกษา ศาสนาและวัฒนธรรม", "Social studies, religion and culture"),
  HEALTH("สุขศึกษาและพลศึกษา", "Health and physical education"),
  ARTS("ศิลปะ", "Arts"),
  CAREERS("การงานอาชีพ", "Occupations"),
  FOREIGN_LANGUAGES("ภาษาต่างประเทศ", "Foreign languages");

  private final LocalizedText label;

  LearningArea(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
