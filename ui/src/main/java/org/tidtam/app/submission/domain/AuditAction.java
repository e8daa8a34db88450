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
  PLAN_CHANGE,
  /** A catalog list imported from a file (the comment names the list and the counts). */
  CATALOG_IMPORT,
  /** A catalog item added, changed, retired, restored or deleted on the screen. */
  CATALOG_CHANGE,
  /** A fiscal year's catalog copied to the next year. */
  CATALOG_COPY_YEAR
}
