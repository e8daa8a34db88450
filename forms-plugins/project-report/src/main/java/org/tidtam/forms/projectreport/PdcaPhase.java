package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The PDCA step an activity belongs to (วงจรคุณภาพ). */
public enum PdcaPhase implements Labeled {
  PLAN("ขั้นวางแผน (P)", "Plan (P)"),
  DO("ขั้นดำเนินการ (D)", "Do (D)"),
  CHECK("ขั้นตรวจสอบ (C)", "Check (C)"),
  ACT("ขั้นปรับปรุงพัฒนา (A)", "Act (A)");

  private final LocalizedText label;

  PdcaPhase(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
