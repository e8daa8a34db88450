package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.tidtam.thai.Round;

/**
 * A planner's reopening of a closed round's form for one unit: the unit may submit until {@code
 * until} (inclusive) although the window has closed.
 *
 * @param unitCode the filing unit (a school or group code)
 */
public record Reopening(Round round, String formId, String unitCode, LocalDate until) {

  public Reopening {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(until, "until");
  }
}
