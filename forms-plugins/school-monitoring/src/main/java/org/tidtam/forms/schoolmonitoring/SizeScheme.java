package org.tidtam.forms.schoolmonitoring;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * How a school's size is classed from its student count. OBEC's primary offices use four sizes; a
 * seven-size scheme is also in use, so the report lets the office choose.
 */
public enum SizeScheme implements Labeled {
  /** เล็ก 1–120, กลาง 121–600, ใหญ่ 601–1,500, ใหญ่พิเศษ 1,501 ขึ้นไป. */
  OBEC_4("เกณฑ์ 4 ขนาด (สพฐ.)", "Four sizes (OBEC)"),
  /** 1–120, 121–200, 201–300, 301–499, 500–1,499, 1,500–2,499, 2,500 ขึ้นไป. */
  SEVEN_SIZES("เกณฑ์ 7 ขนาด", "Seven sizes");

  private final LocalizedText label;

  SizeScheme(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** The classes of this scheme, smallest first. */
  public List<SizeClass> classes() {
    return Arrays.stream(SizeClass.values()).filter(c -> c.scheme() == this).toList();
  }

  /** The class of a student count; null for a school without students. */
  public @Nullable SizeClass classify(int students) {
    return classes().stream().filter(c -> c.contains(students)).findFirst().orElse(null);
  }
}
