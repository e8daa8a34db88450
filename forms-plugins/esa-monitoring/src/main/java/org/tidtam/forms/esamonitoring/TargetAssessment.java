package org.tidtam.forms.esamonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** ผลการประเมิน of one indicator; "in progress" only before the 12-month round. */
public enum TargetAssessment implements Labeled {
  ACHIEVED("บรรลุ", "Achieved"),
  NOT_ACHIEVED("ไม่บรรลุ", "Not achieved"),
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
