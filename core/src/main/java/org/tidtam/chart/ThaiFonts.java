package org.tidtam.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The font charts are drawn in: TH SarabunPSK (or TH Sarabun New) when the machine has it, else a
 * face of the same design from Debian's {@code fonts-thai-tlwg} (Laksaman, then Loma and Garuda),
 * else Java's logical sans-serif font. TH Sarabun is drawn small for its size, so its sizes are
 * scaled up to read like the others.
 */
public final class ThaiFonts {

  /** The families tried, in order. */
  public static final List<String> FAMILIES =
      List.of("TH SarabunPSK", "TH Sarabun New", "Laksaman", "Loma", "Garuda");

  private static final String FAMILY = find();

  private ThaiFonts() {}

  private static String find() {
    Set<String> installed =
        Set.of(
                GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT))
            .stream()
            .map(f -> f.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    for (String family : FAMILIES) {
      if (installed.contains(family.toLowerCase(Locale.ROOT))) {
        return family;
      }
    }
    return Font.SANS_SERIF;
  }

  /** The family charts use on this machine. */
  public static String family() {
    return FAMILY;
  }

  /** The chart font at a size that reads like {@code points} of a common face. */
  public static Font font(int style, float points) {
    float scale = FAMILY.startsWith("TH Sarabun") ? 1.4f : 1f;
    return new Font(FAMILY, style, Math.round(points * scale));
  }
}
