package org.tidtam.form.monitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * The five quality levels of the basic-education standards 2561: a school's SAR level per standard
 * and a project's overall success level.
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
