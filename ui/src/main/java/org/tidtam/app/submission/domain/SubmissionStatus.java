package org.tidtam.app.submission.domain;

import org.tidtam.i18n.LocalizedText;

/** Where a submission is in its review. */
public enum SubmissionStatus {
  DRAFT("ฉบับร่าง", "Draft"),
  SUBMITTED("ส่งแล้ว", "Submitted"),
  RETURNED("ส่งกลับแก้ไข", "Returned for changes"),
  APPROVED("อนุมัติแล้ว", "Approved");

  private final LocalizedText label;

  SubmissionStatus(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  public LocalizedText label() {
    return label;
  }

  /** Whether the reporting unit may still change the data. */
  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
