package org.tidtam.form;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one indicator of the catalog for a unit, a fiscal year and a round, as a monitoring
 * report (form 7.1 for a group) states it. A later round compares itself with an earlier one; the
 * dashboard and the annual report show target against result.
 *
 * @param filing the fiscal year, round and reporting unit
 * @param indicatorCode the indicator's code in the catalog
 * @param target the target, absent when the indicator's target is not a number
 * @param result the result, absent when not yet reported
 * @param achieved whether the target is met, absent when it cannot be told yet
 */
public record IndicatorFact(
    Filing filing,
    String indicatorCode,
    @Nullable BigDecimal target,
    @Nullable BigDecimal result,
    @Nullable Boolean achieved)
    implements Fact {

  public IndicatorFact {
    Objects.requireNonNull(filing, "filing");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
  }
}
