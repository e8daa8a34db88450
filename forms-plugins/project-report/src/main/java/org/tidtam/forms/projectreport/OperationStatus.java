package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** สถานะการดำเนินงาน of an activity. */
public enum OperationStatus implements Labeled {
  COMPLETED("ดำเนินการแล้วเสร็จ", "Completed"),
  IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress"),
  NOT_STARTED("ยังไม่ดำเนินการ", "Not started"),
  CANCELLED("ยกเลิก", "Cancelled"),
  POSTPONED("เลื่อน", "Postponed");

  private final LocalizedText label;

  OperationStatus(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
