package org.tidtam.form;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of one indicator of the catalog for a unit, a fiscal year and a round, as a form
 * states it: the group's monitoring report (form 7.1) and the reports of the group's projects (form
 * 7.2) both do, so that they can be compared. A later round compares itself with an earlier one;
 * the dashboard and the annual report show target against result.
 *
 * @param filing the fiscal year, round and reporting unit
 * @param indicatorCode the indicator's code in the catalog
 * @param target the target, absent when the indicator's target is not a number
 * @param result the result, absent when not yet reported
 * @param achieved whether the target is met, absent when it cannot be told yet
 * @param source the form that states it, e.g. {@code 7.1}; absent when not told
 */
public record IndicatorFact(
    Filing filing,
    String indicatorCode,
    @Nullable BigDecimal target,
    @Nullable BigDecimal result,
    @Nullable Boolean achieved,
    @Nullable FormId source)
    implements Fact {

  public IndicatorFact {
    Objects.requireNonNull(filing, "filing");
    Objects.requireNonNull(indicatorCode, "indicatorCode");
  }

  /** A fact whose source form is not told. */
  public IndicatorFact(
      Filing filing,
      String indicatorCode,
      @Nullable BigDecimal target,
      @Nullable BigDecimal result,
      @Nullable Boolean achieved) {
    this(filing, indicatorCode, target, result, achieved, null);
  }

  /** Whether the fact comes from the form {@code form}. */
  public boolean from(FormId form) {
    return form.equals(source);
  }
}
