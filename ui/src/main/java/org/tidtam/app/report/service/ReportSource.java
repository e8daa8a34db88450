package org.tidtam.app.report.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.submission.domain.SubmissionStatus;

/**
 * A submission of the report's round as the report uses it: the database's or, for a published
 * report, as it was frozen.
 *
 * @param document the submission's envelope as JSON, for a delivered one (submitted or approved)
 */
public record ReportSource(
    long submissionId,
    long version,
    String formId,
    int schemaVersion,
    String unitCode,
    SubmissionStatus status,
    @Nullable LocalDate submittedOn,
    @Nullable String projectCode,
    @Nullable String document) {

  /** Whether the report counts it: submitted or approved. */
  public boolean delivered() {
    return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.APPROVED;
  }
}
