package org.tidtam.forms.esamonitoring;

import org.jspecify.annotations.Nullable;

/** The small null-safe tests that several cross-field rules of the form share. */
final class Checks {
  private Checks() {}

  static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
