package org.tidtam.app.submission.service;

import org.tidtam.i18n.LocalizedText;

/** What a user may try to do with a unit's submissions; {@link SubmissionAccess} decides. */
public enum SubmissionAction {
  LIST("ดูรายการ", "list"),
  READ("เปิดดู", "read"),
  CREATE("สร้าง", "create"),
  SAVE("บันทึก", "save"),
  SUBMIT("ส่ง", "submit"),
  RETURN("ส่งกลับ", "return"),
  APPROVE("อนุมัติ", "approve"),
  REOPEN("เปิดแก้ไขใหม่", "reopen"),
  DOWNLOAD("ดาวน์โหลด", "download");

  private final LocalizedText label;

  SubmissionAction(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  public LocalizedText label() {
    return label;
  }
}
