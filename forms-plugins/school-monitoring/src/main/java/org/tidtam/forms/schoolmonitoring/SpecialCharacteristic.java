package org.tidtam.forms.schoolmonitoring;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The special characteristics a school may have (ลักษณะพิเศษ); any number apply. */
public enum SpecialCharacteristic implements Labeled {
  QUALITY_SCHOOL("โรงเรียนคุณภาพ (ระดับประถม/ชุมชน)", "Quality school (primary/community)"),
  SMALL_SCHOOL("โรงเรียนขนาดเล็ก", "Small school"),
  ISLAND_OR_REMOTE("พื้นที่เกาะ/ห่างไกล", "Island or remote area"),
  ROYAL_AWARD("โรงเรียนพระราชทาน", "Royal award school"),
  ENGLISH_PROGRAM("English Program/MEP", "English Program/MEP"),
  INCLUSIVE("เรียนรวม", "Inclusive education"),
  DLTV("DLTV (ทางไกลผ่านดาวเทียม)", "DLTV (distance learning by satellite)");

  private final LocalizedText label;

  SpecialCharacteristic(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
