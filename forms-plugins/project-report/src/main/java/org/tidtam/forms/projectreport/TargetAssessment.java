package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** การประเมินเป้าหมาย of one indicator; in progress only before the 12-month round. */
public enum TargetAssessment implements Labeled {
  ACHIEVED("บรรลุผลตามเป้าหมาย", "Achieved"),
  NOT_ACHIEVED("ไม่บรรลุผลตามเป้าหมาย", "Not achieved"),
  IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress");

  private final LocalizedText label;

  TargetAssessment(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
