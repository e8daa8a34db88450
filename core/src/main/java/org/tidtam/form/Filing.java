package org.tidtam.form;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Round;

/**
 * Where a submission belongs: the fiscal year (B.E.), the reporting round and the unit that reports
 * (a group code for forms 7.1 and 7.2, a school code for form 7.3). Stores file submissions under
 * it, and every {@link Fact} is stated for one.
 */
public record Filing(int fiscalYear, Round round, String unitCode) {

  public Filing {
    Objects.requireNonNull(round, "round");
    Objects.requireNonNull(unitCode, "unitCode");
  }

  /** The filing of a draft: empty while its year, round or unit is still missing. */
  public static Optional<Filing> of(
      @Nullable Integer fiscalYear, @Nullable Round round, @Nullable String unitCode) {
    return fiscalYear == null || round == null || unitCode == null || unitCode.isBlank()
        ? Optional.empty()
        : Optional.of(new Filing(fiscalYear, round, unitCode));
  }
}
