package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The money and percentage arithmetic of the form, in one place so every figure rounds alike. */
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

  /** Equal as amounts of money, whatever their scale ({@code 150000} and {@code 150000.00}). */
  static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return orZero(a).compareTo(orZero(b)) == 0;
  }
}
