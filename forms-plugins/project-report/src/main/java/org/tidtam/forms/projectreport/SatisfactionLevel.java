package org.tidtam.forms.projectreport;

import java.math.BigDecimal;
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
   * ปานกลาง, 1.51-2.50 น้อย, 1.00-1.50 น้อยที่สุด.
   */
  public static SatisfactionLevel of(BigDecimal mean) {
    if (mean.compareTo(HIGHEST_FROM) >= 0) {
      return HIGHEST;
    }
    if (mean.compareTo(HIGH_FROM) >= 0) {
      return HIGH;
    }
    if (mean.compareTo(MEDIUM_FROM) >= 0) {
      return MEDIUM;
    }
    return mean.compareTo(LOW_FROM) >= 0 ? LOW : LOWEST;
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
