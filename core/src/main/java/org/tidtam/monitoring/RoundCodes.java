package org.tidtam.monitoring;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Round;

/**
 * A round as the command line and the API write it: {@code 6m}, {@code 9m}, {@code 12m}, {@code
 * q1}..{@code q4}. The enum's own names ({@code ROUND_6M}, {@code Q1}) are read too.
 */
public final class RoundCodes {

  private RoundCodes() {}

  /** {@code 6m} for {@link Round#ROUND_6M}, {@code q1} for {@link Round#Q1}. */
  public static String code(Round round) {
    String name = round.name().toLowerCase(Locale.ROOT);
    return name.startsWith("round_") ? name.substring("round_".length()) : name;
  }

  /** The round a code names; empty for anything else (blank, {@code 7m}, {@code q5}). */
  public static Optional<Round> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.trim().toUpperCase(Locale.ROOT);
    for (Round round : Round.values()) {
      if (round.name().equals(value) || round.name().equals("ROUND_" + value)) {
        return Optional.of(round);
      }
    }
    return Optional.empty();
  }
}
