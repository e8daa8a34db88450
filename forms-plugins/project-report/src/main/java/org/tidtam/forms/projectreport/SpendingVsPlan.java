package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** ปริมาณการใช้เงิน: spending compared with the planned budget. */
public enum SpendingVsPlan implements Labeled {
  AS_PLANNED("ใช้เงินตามแผน", "As planned"),
  BELOW_PLAN("ใช้เงินต่ำกว่าแผน", "Below plan"),
  ABOVE_PLAN("ใช้เงินสูงกว่าแผน", "Above plan");

  private final LocalizedText label;

  SpendingVsPlan(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
