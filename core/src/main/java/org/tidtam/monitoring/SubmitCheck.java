package org.tidtam.monitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** Whether the reporting window lets a unit submit a form on a day, and why. */
public enum SubmitCheck implements Labeled {
  /** Within the window, or the plan sets no window for the round. */
  ALLOWED("ส่งได้", "Open"),
  /** The window has closed, but a planner reopened the form for the unit. */
  REOPENED("เปิดให้ส่งเพิ่มเติม", "Reopened"),
  /** The window has not opened yet. */
  NOT_YET_OPEN("ยังไม่เปิดให้ส่ง", "Not open yet"),
  /** The window has closed. */
  CLOSED("ปิดรับรายงานแล้ว", "Closed");

  private final LocalizedText label;

  SubmitCheck(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public boolean allowed() {
    return this == ALLOWED || this == REOPENED;
  }
}
