package org.tidtam.app.report.domain;

/** Whether an edition of the annual report is still being prepared or has been published. */
public enum EditionStatus {
  /** Being prepared: its settings change, it is built from the submissions as they are now. */
  DRAFT,
  /** Published: its settings and inputs are frozen, its documents are stored. */
  PUBLISHED
}
