package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** ลักษณะโครงการ: how the project stands in the office's plan. */
public enum ProjectType implements Labeled {
  NEW("โครงการใหม่", "New project"),
  CONTINUING("โครงการต่อเนื่อง", "Continuing project"),
  ROUTINE("งานประจำ", "Routine work"),
  DEVELOPMENT("งานพัฒนา", "Development work");

  private final LocalizedText label;

  ProjectType(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
