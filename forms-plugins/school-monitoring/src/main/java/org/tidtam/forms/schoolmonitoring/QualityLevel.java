package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * The five quality levels of the basic-education standards, used in the school's self-assessment
 * (SAR).
 */
public enum QualityLevel implements Labeled {
  EXCELLENT("ยอดเยี่ยม", "Excellent"),
  VERY_GOOD("ดีเลิศ", "Very good"),
  GOOD("ดี", "Good"),
  FAIR("ปานกลาง", "Fair"),
  DEVELOPING("กำลังพัฒนา", "Developing");

  private final LocalizedText label;

  QualityLevel(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
