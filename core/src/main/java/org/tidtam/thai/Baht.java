package org.tidtam.thai;

import java.math.BigDecimal;

/** Money in baht as Thai budget tables print it: {@code 150,000.00} or {@code 150,000}. */
public final class Baht {
  private Baht() {}

  /** Two decimals, grouped thousands, half up: {@code 150000 -> "150,000.00"}. */
  public static String format(BigDecimal amount) {
    return ThaiNumbers.decimal(amount, 2);
  }

  /** Whole baht, grouped thousands, half up: {@code 150000.40 -> "150,000"}. */
  public static String formatWhole(BigDecimal amount) {
    return ThaiNumbers.decimal(amount, 0);
  }
}
