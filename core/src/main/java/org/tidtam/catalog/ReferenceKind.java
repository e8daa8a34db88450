package org.tidtam.catalog;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * The kinds of catalog items a form field can refer to. The policy levels (national strategy,
 * Ministry of Education policy, OBEC policy, focus points, action plan, provincial plan) are kept
 * as {@link PolicyItem}s of a fiscal year.
 */
public enum ReferenceKind implements Labeled {
  NATIONAL_STRATEGY("ยุทธศาสตร์ชาติ", "National strategy"),
  OBEC_POLICY("นโยบาย สพฐ.", "OBEC policy"),
  OBEC_FOCUS("จุดเน้นและนโยบายเร่งด่วน (Quick Win)", "OBEC focus and Quick Win"),
  /** นโยบายกระทรวงศึกษาธิการ. */
  MOE_POLICY("นโยบายกระทรวงศึกษาธิการ", "Ministry of Education policy"),
  /** A strategy or item of OBEC's action plan (แผนปฏิบัติราชการ สพฐ.). */
  OBEC_ACTION_PLAN("แผนปฏิบัติราชการ สพฐ.", "OBEC action plan"),
  /** An item of the province's education development plan. */
  PROVINCIAL_PLAN("แผนพัฒนาการศึกษาจังหวัด", "Provincial education plan"),
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

  /** Whether items of this kind are {@link PolicyItem}s (a level of policy), not other lists. */
  public boolean policyLevel() {
    return switch (this) {
      case NATIONAL_STRATEGY,
          MOE_POLICY,
          OBEC_POLICY,
          OBEC_FOCUS,
          OBEC_ACTION_PLAN,
          PROVINCIAL_PLAN ->
          true;
      case ESA_STRATEGY, ESA_INDICATOR, ORG_GROUP, SCHOOL, DISTRICT -> false;
    };
  }
}
