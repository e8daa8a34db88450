package org.tidtam.forms.schoolmonitoring;

import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.ThaiNumbers;

/** One size class of a {@link SizeScheme}, with the student counts it covers. */
public enum SizeClass implements Labeled {
  SMALL(SizeScheme.OBEC_4, 1, 120, "ขนาดเล็ก", "Small", SchoolSize.SMALL),
  MEDIUM(SizeScheme.OBEC_4, 121, 600, "ขนาดกลาง", "Medium", SchoolSize.MEDIUM),
  LARGE(SizeScheme.OBEC_4, 601, 1500, "ขนาดใหญ่", "Large", SchoolSize.LARGE),
  EXTRA_LARGE(
      SizeScheme.OBEC_4,
      1501,
      Integer.MAX_VALUE,
      "ขนาดใหญ่พิเศษ",
      "Extra large",
      SchoolSize.EXTRA_LARGE),
  SIZE_1(SizeScheme.SEVEN_SIZES, 1, 120, "ขนาดที่ 1", "Size 1", null),
  SIZE_2(SizeScheme.SEVEN_SIZES, 121, 200, "ขนาดที่ 2", "Size 2", null),
  SIZE_3(SizeScheme.SEVEN_SIZES, 201, 300, "ขนาดที่ 3", "Size 3", null),
  SIZE_4(SizeScheme.SEVEN_SIZES, 301, 499, "ขนาดที่ 4", "Size 4", null),
  SIZE_5(SizeScheme.SEVEN_SIZES, 500, 1499, "ขนาดที่ 5", "Size 5", null),
  SIZE_6(SizeScheme.SEVEN_SIZES, 1500, 2499, "ขนาดที่ 6", "Size 6", null),
  SIZE_7(SizeScheme.SEVEN_SIZES, 2500, Integer.MAX_VALUE, "ขนาดที่ 7", "Size 7", null);

  private final SizeScheme scheme;
  private final int min;
  private final int max;
  private final LocalizedText label;
  private final @Nullable SchoolSize catalogSize;

  SizeClass(
      SizeScheme scheme, int min, int max, String th, String en, @Nullable SchoolSize catalogSize) {
    this.scheme = scheme;
    this.min = min;
    this.max = max;
    this.label = LocalizedText.of(th, en);
    this.catalogSize = catalogSize;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public SizeScheme scheme() {
    return scheme;
  }

  public int min() {
    return min;
  }

  /** The largest count of the class; {@link Integer#MAX_VALUE} for the open top class. */
  public int max() {
    return max;
  }

  public boolean contains(int students) {
    return students >= min && students <= max;
  }

  /** The catalog's size of the same class (four-size scheme only). */
  public @Nullable SchoolSize catalogSize() {
    return catalogSize;
  }

  /** The counts covered, e.g. {@code 121–600 คน} or {@code 1,501 คนขึ้นไป}. */
  public String range() {
    return max == Integer.MAX_VALUE
        ? ThaiNumbers.integer(min) + " คนขึ้นไป"
        : ThaiNumbers.integer(min) + "–" + ThaiNumbers.integer(max) + " คน";
  }
}
