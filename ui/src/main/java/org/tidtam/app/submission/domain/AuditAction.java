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
  CATALOG_COPY_YEAR,
  /** The settings of an annual report's draft saved (cover, foreword, chapters). */
  REPORT_CHANGE,
  /** An annual report published: what it used frozen, its documents stored. */
  REPORT_PUBLISH,
  /** An annual report downloaded (the comment names the year and the format). */
  REPORT_DOWNLOAD
}
