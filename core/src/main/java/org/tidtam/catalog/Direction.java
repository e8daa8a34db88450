package org.tidtam.catalog;

import java.math.BigDecimal;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** Which way an indicator's result must go to meet its target. */
public enum Direction implements Labeled {
  /** Result at or above the target (the default). */
  HIGHER_IS_BETTER("ยิ่งมากยิ่งดี", "Higher is better"),
  /** Result at or below the target, e.g. a dropout rate. */
  LOWER_IS_BETTER("ยิ่งน้อยยิ่งดี", "Lower is better"),
  /** A success level 1-5 that must reach the target level. */
  MILESTONE("ระดับความสำเร็จ", "Milestone level");

  private final LocalizedText label;

  Direction(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** Whether {@code result} meets {@code target} in this direction. */
  public boolean achieved(BigDecimal result, BigDecimal target) {
    int c = result.compareTo(target);
    return this == LOWER_IS_BETTER ? c <= 0 : c >= 0;
  }
}
