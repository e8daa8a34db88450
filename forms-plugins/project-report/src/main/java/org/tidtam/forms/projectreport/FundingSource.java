package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** แหล่งงบประมาณ: where a project's money comes from. */
public enum FundingSource implements Labeled {
  GOVERNMENT_BUDGET("เงินงบประมาณ (งบประมาณแผ่นดิน)", "Government budget"),
  NON_BUDGET("เงินนอกงบประมาณ", "Non-budget funds"),
  SCHOOL_INCOME("เงินรายได้สถานศึกษา", "School income"),
  SUBSIDY(
      "เงินอุดหนุน (โครงการสนับสนุนค่าใช้จ่ายในการจัดการศึกษาตั้งแต่ระดับอนุบาลจนจบการศึกษาขั้นพื้นฐาน: \"เรียนฟรี 15 ปี\")",
      "Subsidy (15 years of free education)"),
  OTHER_AGENCY("งบจากหน่วยงานอื่น (อปท./กสศ./เอกชน)", "Funds from other agencies"),
  NO_BUDGET("ไม่ใช้งบประมาณ", "No budget");

  private final LocalizedText label;

  FundingSource(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Whether money left of this source at the end of the year is returned or carried over
   * (กันเงินไว้เบิกเหลื่อมปี), so that the report says which: government budget, subsidies and
   * other agencies' funds; not non-budget money or school income, which stay with the unit, nor a
   * project without a budget.
   */
  public boolean leftoverHandled() {
    return this == GOVERNMENT_BUDGET || this == SUBSIDY || this == OTHER_AGENCY;
  }
}
