package org.tidtam.form;

import java.util.Objects;
import org.tidtam.thai.Round;

/**
 * What a new draft is for: the fiscal year (B.E.), the reporting round and the unit that reports.
 * The unit is a group code (forms 7.1, 7.2) or a school code (form 7.3). See {@link
 * FormPlugin#prefill}.
 */
public record PrefillRequest(int fiscalYear, Round round, String unitCode) {

  public PrefillRequest {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(unitCode, "unitCode");
  }
}
