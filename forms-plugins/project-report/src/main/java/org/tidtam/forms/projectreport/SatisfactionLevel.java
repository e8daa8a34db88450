package org.tidtam.forms.projectreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The interpretation of a 5-point satisfaction mean (ระดับความพึงพอใจ). */
public enum SatisfactionLevel implements Labeled {
  HIGHEST("มากที่สุด", "Highest"),
  HIGH("มาก", "High"),
  MEDIUM("ปานกลาง", "Medium"),
  LOW("น้อย", "Low"),
  LOWEST("น้อยที่สุด", "Lowest");

  private static final BigDecimal HIGHEST_FROM = new BigDecimal("4.51");
  private static final BigDecimal HIGH_FROM = new BigDecimal("3.51");
  private static final BigDecimal MEDIUM_FROM = new BigDecimal("2.51");
  private static final BigDecimal LOW_FROM = new BigDecimal("1.51");

  private final LocalizedText label;

  SatisfactionLevel(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  /**
   * The usual reading of a mean on a 5-point scale: 4.51-5.00 มากที่สุด, 3.51-4.50 มาก, 2.51-3.50
   * ปานกลาง, 1.51-2.50 น้อย, 1.00-1.50 น้อยที่สุด. The mean is read as the document prints it,
   * rounded half up to 2 decimals, so that 4.505 (printed 4.51) is มากที่สุด.
   */
  public static SatisfactionLevel of(BigDecimal mean) {
    BigDecimal printed = mean.setScale(2, RoundingMode.HALF_UP);
    if (printed.compareTo(HIGHEST_FROM) >= 0) {
      return HIGHEST;
    }
    if (printed.compareTo(HIGH_FROM) >= 0) {
      return HIGH;
    }
    if (printed.compareTo(MEDIUM_FROM) >= 0) {
      return MEDIUM;
    }
    return printed.compareTo(LOW_FROM) >= 0 ? LOW : LOWEST;
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
