package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.i18n.LocalizedText;

/**
 * One project of a group as form 7.1 section 3 shows it, summarised from its form 7.2 report. Same
 * shape as the core's {@code org.tidtam.form.ProjectSummary} of the form-context contract; this
 * copy goes when core provides it.
 */
public record ProjectSummary(
    String code,
    String name,
    String groupCode,
    BigDecimal allocated,
    BigDecimal spent,
    LocalizedText status,
    LocalizedText assessment) {

  @Computed
  @Label(th = "คงเหลือ", en = "Remaining")
  @Kind(FieldType.MONEY)
  public BigDecimal remaining() {
    return allocated.subtract(spent);
  }

  /** Spent as a percentage of allocated; null ("–") when nothing was allocated. */
  @Computed
  @Label(th = "ร้อยละการเบิกจ่าย", en = "Disbursement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal disbursementPct() {
    return Amounts.percent(spent, allocated);
  }
}
