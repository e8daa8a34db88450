package org.tidtam.catalog;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** The kinds of catalog items a form field can refer to. */
public enum ReferenceKind implements Labeled {
  NATIONAL_STRATEGY("ยุทธศาสตร์ชาติ", "National strategy"),
  OBEC_POLICY("นโยบาย สพฐ.", "OBEC policy"),
  OBEC_FOCUS("จุดเน้นและนโยบายเร่งด่วน (Quick Win)", "OBEC focus and Quick Win"),
  ESA_STRATEGY("กลยุทธ์ สพป.", "ESA strategy"),
  ESA_INDICATOR("ตัวชี้วัด สพป.", "ESA indicator"),
  ORG_GROUP("กลุ่มในสำนักงาน", "Office group"),
  SCHOOL("สถานศึกษา", "School"),
  DISTRICT("อำเภอ", "District");

  private final LocalizedText label;

  ReferenceKind(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
