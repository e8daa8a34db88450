package org.tidtam.forms.esamonitoring;

import java.util.Map;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;

/** The warnings of the checks against other submissions and the catalog, Thai and English. */
enum CrossCheckMessage implements Labeled {
  INDICATOR_MISSING(
      "ตัวชี้วัด {code} {title} ที่แผนกำหนดให้กลุ่มนี้ยังไม่มีในตารางผลการดำเนินงาน",
      "Indicator {code} {title}, which the plan assigns to this group, is missing from the results"),
  INDICATOR_DUPLICATE(
      "ตัวชี้วัด {code} ซ้ำกับแถวที่ {first} แต่ละตัวชี้วัดต้องรายงานเพียงครั้งเดียว",
      "Indicator {code} repeats row {first}; report each indicator once"),
  INDICATOR_NOT_OWNED(
      "ตัวชี้วัด {code} ไม่ได้กำหนดให้กลุ่มนี้ในแผนปีงบประมาณ {fiscalYear}",
      "Indicator {code} is not assigned to this group in the plan of fiscal year {fiscalYear}"),
  PROJECT_NOT_FOUND(
      "ไม่พบรายงานแบบ 7.2 ของโครงการ {code} ของกลุ่มในรอบนี้",
      "No form 7.2 report of project {code} of this group in this round"),
  ALLOCATED_MISMATCH(
      "งบประมาณที่ได้รับจัดสรร {stored} บาท ไม่ตรงกับผลรวมของโครงการที่เชื่อมโยงในแบบ 7.2 {linked} บาท",
      "Allocated {stored} baht differs from the sum of the linked 7.2 projects, {linked} baht"),
  SPENT_MISMATCH(
      "งบประมาณที่ใช้จริง {stored} บาท ไม่ตรงกับผลรวมของโครงการที่เชื่อมโยงในแบบ 7.2 {linked} บาท",
      "Spent {stored} baht differs from the sum of the linked 7.2 projects, {linked} baht"),
  BELOW_6M(
      "ผลรอบ 12 เดือน ({result}) น้อยกว่าผลรอบ 6 เดือน ({result6m}) ซึ่งเป็นผลสะสม กรุณาตรวจสอบ",
      "The 12-month result ({result}) is below the cumulative 6-month result ({result6m}); check it");

  private final LocalizedText label;

  CrossCheckMessage(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** The message in a language with its {@code {name}} parameters filled in. */
  String format(Lang lang, Map<String, ?> params) {
    String text = label.in(lang);
    for (Map.Entry<String, ?> p : params.entrySet()) {
      text = text.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
    }
    return text;
  }
}
