package org.tidtam.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.Amounts;

/** Which way an indicator's result must go to meet its target. */
public enum Direction implements Labeled {
  /** Result at or above the target (the default). */
  HIGHER_IS_BETTER("ยิ่งมากยิ่งดี", "Higher is better"),
  /** Result at or below the target, e.g. a dropout rate. */
  LOWER_IS_BETTER("ยิ่งน้อยยิ่งดี", "Lower is better"),
  /** A success level 1-5 that must reach the target level. */
  MILESTONE("ระดับความสำเร็จ", "Milestone level");

  private final LocalizedText label;

  Direction(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  /** The direction itself, or {@link #HIGHER_IS_BETTER} when none is given. */
  public static Direction orDefault(@Nullable Direction direction) {
    return direction == null ? HIGHER_IS_BETTER : direction;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** Whether {@code result} meets {@code target} in this direction. */
  public boolean achieved(BigDecimal result, BigDecimal target) {
    int c = result.compareTo(target);
    return this == LOWER_IS_BETTER ? c <= 0 : c >= 0;
  }

  /**
   * The result as a percentage of the target, 2 decimals half up; it may exceed 100. For {@link
   * #LOWER_IS_BETTER} it is target ÷ result, so that above 100 still means better than the target.
   * Null when the result or the target is missing, when the divisor is zero, and when the target is
   * zero (a target of "no dropouts at all" has no percentage: its result is shown as it is).
   */
  public @Nullable BigDecimal percentOfTarget(
      @Nullable BigDecimal result, @Nullable BigDecimal target) {
    if (result == null || target == null || target.signum() == 0) {
      return null;
    }
    return this == LOWER_IS_BETTER
        ? Amounts.percent(target, result)
        : Amounts.percent(result, target);
  }
}
