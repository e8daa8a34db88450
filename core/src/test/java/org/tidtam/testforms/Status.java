package org.tidtam.testforms;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** A labelled choice. */
public enum Status implements Labeled {
  DONE("ดำเนินการแล้ว", "Done"),
  IN_PROGRESS("อยู่ระหว่างดำเนินการ", "In progress");

  private final LocalizedText label;

  Status(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
