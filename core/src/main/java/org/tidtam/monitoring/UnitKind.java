package org.tidtam.monitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The kinds of unit a monitoring plan assigns forms to. */
public enum UnitKind implements Labeled {
  /** Each school of the office (form 7.3). */
  SCHOOL("โรงเรียน", "School"),
  /** Each group or unit of the office (form 7.1). */
  GROUP("กลุ่ม/หน่วย", "Group"),
  /** Each project of the office's action plan, reported by its group (form 7.2). */
  PROJECT("โครงการ", "Project");

  private final LocalizedText label;

  UnitKind(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
