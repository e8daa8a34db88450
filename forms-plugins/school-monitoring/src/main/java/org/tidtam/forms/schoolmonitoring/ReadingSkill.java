package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The four skills of the reading and writing screening of grades 1–3. */
public enum ReadingSkill implements Labeled {
  READING_ALOUD("การอ่านออกเสียง", "Reading aloud"),
  READING_COMPREHENSION("การอ่านรู้เรื่อง", "Reading comprehension"),
  WRITING_WORDS("การเขียนคำ", "Writing words"),
  WRITING_STORY("การเขียนเรื่อง", "Writing a story");

  private final LocalizedText label;

  ReadingSkill(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
