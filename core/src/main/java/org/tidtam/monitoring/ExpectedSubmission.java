package org.tidtam.monitoring;

import java.util.Objects;
import org.tidtam.thai.Round;

/** One report the plan expects: a unit owes a form in a round of the plan's fiscal year. */
public record ExpectedSubmission(ReportingUnit unit, String formId, Round round) {

  public ExpectedSubmission {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(round, "round");
  }
}
