package org.tidtam.app.submission.domain;

/** What an audit entry records. */
public enum AuditAction {
  CREATE,
  SAVE,
  SUBMIT,
  RETURN,
  APPROVE,
  REOPEN,
  DOWNLOAD,
  DOWNLOAD_ZIP,
  /**
   * A change of a fiscal year's monitoring plan (a round's window or forms, a round added or
   * removed).
   */
  PLAN_CHANGE
}
