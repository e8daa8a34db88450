package org.tidtam.catalog;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** OBEC's school size classes by student count. */
public enum SchoolSize implements Labeled {
  SMALL("ขนาดเล็ก", "Small"),
  MEDIUM("ขนาดกลาง", "Medium"),
  LARGE("ขนาดใหญ่", "Large"),
  EXTRA_LARGE("ขนาดใหญ่พิเศษ", "Extra large");

  private final LocalizedText label;

  SchoolSize(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
