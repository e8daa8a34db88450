package org.tidtam.forms.schoolmonitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Amounts;

/**
 * Averages and ratios as the report prints them: 2 decimals, rounded half up, never a division by
 * 0.
 */
final class Scores {
  private Scores() {}

  /** The mean of the scores given; null when none is. */
  static @Nullable BigDecimal mean(@Nullable BigDecimal... scores) {
    BigDecimal[] given = Arrays.stream(scores).filter(Objects::nonNull).toArray(BigDecimal[]::new);
    if (given.length == 0) {
      return null;
    }
    BigDecimal sum = Arrays.stream(given).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(given.length), 2, RoundingMode.HALF_UP);
  }

  /** {@code a - b} with 2 decimals; null when either is unknown. */
  static @Nullable BigDecimal difference(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null || b == null ? null : a.subtract(b).setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code a / b} with 2 decimals; null when {@code b} is 0. */
  static @Nullable BigDecimal ratio(long a, long b) {
    return b == 0
        ? null
        : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
  }

  /** {@code part} as a percentage of {@code whole}, 2 decimals; null when {@code whole} is 0. */
  static @Nullable BigDecimal percent(long part, long whole) {
    return Amounts.percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }
}
