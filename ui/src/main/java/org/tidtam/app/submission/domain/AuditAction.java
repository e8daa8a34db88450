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
  DOWNLOAD_ZIP
}
