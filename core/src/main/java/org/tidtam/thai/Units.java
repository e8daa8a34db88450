package org.tidtam.thai;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The units (หน่วยนับ) of indicators as the office writes them. */
public final class Units {
  private static final Set<String> PERCENT = Set.of("ร้อยละ", "%", "percent", "เปอร์เซ็นต์");
  private static final Set<String> SCORE =
      Set.of("คะแนน", "คะแนนเฉลี่ย", "ค่าเฉลี่ย", "score", "points", "บาท", "baht");

  private Units() {}

  /** Whether a unit is a percentage (ร้อยละ, %), so that its values lie between 0 and 100. */
  public static boolean percent(@Nullable String unit) {
    return unit != null && PERCENT.contains(unit.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * How many decimals a value of the unit prints with: 2 for percentages, scores, averages and
   * baht; none for what is counted or ranked (persons, schools, times, levels).
   */
  public static int decimals(@Nullable String unit) {
    if (unit == null) {
      return 0;
    }
    String u = unit.strip().toLowerCase(Locale.ROOT);
    return PERCENT.contains(u) || SCORE.contains(u) || u.startsWith("คะแนน") ? 2 : 0;
  }
}
