package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** Who received an award. */
public enum Recipient implements Labeled {
  STUDENT("นักเรียน", "Students"),
  TEACHER("ครู", "Teachers"),
  SCHOOL("สถานศึกษา", "School");

  private final LocalizedText label;

  Recipient(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
