package org.tidtam.thai;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The units (หน่วยนับ) of indicators as the office writes them. */
public final class Units {
  private static final Set<String> PERCENT = Set.of("ร้อยละ", "%", "percent", "เปอร์เซ็นต์");

  private Units() {}

  /** Whether a unit is a percentage (ร้อยละ, %), so that its values lie between 0 and 100. */
  public static boolean percent(@Nullable String unit) {
    return unit != null && PERCENT.contains(unit.strip().toLowerCase(Locale.ROOT));
  }
}
