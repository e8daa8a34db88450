package org.tidtam.app.toyform;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** How far the work of the report has come; a choice shows its Thai label. */
public enum Progress implements Labeled {
  NOT_STARTED("ยังไม่ดำเนินการ", "Not started"),
  IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress"),
  DONE("ดำเนินการแล้วเสร็จ", "Done");

  private final LocalizedText label;

  Progress(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
