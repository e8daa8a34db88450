package org.tidtam.forms.projectreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The money and percentage arithmetic of the form, in one place so every total rounds alike. */
final class Amounts {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Amounts() {}

  static BigDecimal orZero(@Nullable BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  static <T> BigDecimal sum(Collection<T> rows, Function<T, @Nullable BigDecimal> amount) {
    return rows.stream()
        .map(amount)
        .map(Amounts::orZero)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code part / whole × 100}, HALF_UP to 2 decimals; null when the whole is zero ("–"). */
  static @Nullable BigDecimal percent(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  static boolean positive(@Nullable BigDecimal value) {
    return value != null && value.signum() > 0;
  }
}
