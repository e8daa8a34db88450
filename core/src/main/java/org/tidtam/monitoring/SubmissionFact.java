package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Round;

/**
 * What the follow-up needs to know of one stored submission.
 *
 * @param unitCode the unit it is filed under (a school or group code)
 * @param projectCode the project a project report is about; null for other forms
 * @param submittedOn the day it was last submitted; null when it never was
 */
public record SubmissionFact(
    String formId,
    int fiscalYear,
    Round round,
    String unitCode,
    @Nullable String projectCode,
    ReportStatus status,
    @Nullable LocalDate submittedOn) {

  public SubmissionFact {
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(status, "status");
  }
}
