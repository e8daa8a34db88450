package org.tidtam.thai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The money and percentage arithmetic of the forms, in one place so every total and percentage
 * rounds alike: to the satang (2 decimals), half up, an empty amount counting as zero. It sits
 * beside {@link Baht}, which prints these figures the way Thai budget tables do.
 */
public final class Amounts {
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Amounts() {}

  public static BigDecimal orZero(@Nullable BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  /** The sum of one amount over the rows, empty amounts as zero, to 2 decimals. */
  public static <T> BigDecimal sum(Collection<T> rows, Function<T, @Nullable BigDecimal> amount) {
    return rows.stream()
        .map(amount)
        .map(Amounts::orZero)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code part / whole × 100}, HALF_UP to 2 decimals; null when the whole is zero ("–"). */
  public static @Nullable BigDecimal percent(
      @Nullable BigDecimal part, @Nullable BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }
}
