package org.tidtam.monitoring;

/** Where a submission is in its review, as the follow-up counts it. */
public enum ReportStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** Submitted for review or approved: the unit has delivered. */
  public boolean delivered() {
    return this == SUBMITTED || this == APPROVED;
  }
}
