package org.tidtam.forms.projectreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Baht;

/** The small null-safe tests and message formats that several cross-field rules share. */
final class Checks {
  private Checks() {}

  /** An amount as the messages print it: {@code 150,000.00}. */
  static String baht(@Nullable BigDecimal amount) {
    return Baht.format(amount == null ? BigDecimal.ZERO : amount);
  }

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  static boolean positive(@Nullable BigDecimal value) {
    return value != null && value.signum() > 0;
  }

  static boolean before(@Nullable LocalDate end, @Nullable LocalDate start) {
    return end != null && start != null && end.isBefore(start);
  }
}
