package org.tidtam.thai;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formats of Thai official tables: grouped thousands with a comma, a point for decimals,
 * rounded half up as people round by hand.
 */
public final class ThaiNumbers {
  private ThaiNumbers() {}

  /** A percentage value with two decimals, e.g. {@code 85.5 -> "85.50"}; no % sign. */
  public static String percent(BigDecimal value) {
    return decimal(value, 2);
  }

  /**
   * A whole number with grouped thousands, e.g. {@code 1234 -> "1,234"}; fractions round half up.
   */
  public static String integer(Number value) {
    return decimal(toBigDecimal(value), 0);
  }

  /** A number with grouped thousands and exactly {@code scale} decimals, rounded half up. */
  public static String decimal(BigDecimal value, int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("scale must not be negative: " + scale);
    }
    return String.format(
        Locale.ROOT, "%,." + scale + "f", value.setScale(scale, RoundingMode.HALF_UP));
  }

  private static BigDecimal toBigDecimal(Number value) {
    return switch (value) {
      case BigDecimal d -> d;
      case BigInteger i -> new BigDecimal(i);
      case Long l -> BigDecimal.valueOf(l);
      case Integer i -> BigDecimal.valueOf(i);
      case Short s -> BigDecimal.valueOf(s);
      case Byte b -> BigDecimal.valueOf(b);
      default -> new BigDecimal(value.toString());
    };
  }
}
