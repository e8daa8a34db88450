package org.tidtam.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;

/**
 * One project as another form sees it: the row of form 7.1 section 3, built from a project report
 * (form 7.2) by its plugin's {@link ProjectSummarySource}. Amounts are zero when not reported.
 *
 * @param status the project's status in words, absent when the report does not say
 * @param assessment the result of the project in words, absent when not yet assessed
 */
public record ProjectSummary(
    String code,
    String name,
    String groupCode,
    BigDecimal allocated,
    BigDecimal spent,
    @Nullable LocalizedText status,
    @Nullable LocalizedText assessment) {

  public ProjectSummary {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(groupCode, "groupCode");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(spent, "spent");
  }

  @Computed
  @Label(th = "คงเหลือ", en = "Remaining")
  @Kind(FieldType.MONEY)
  public BigDecimal remaining() {
    return allocated.subtract(spent);
  }

  /** Spent as a percentage of allocated, 2 decimals; absent when nothing was allocated. */
  @Computed
  @Label(th = "ร้อยละการเบิกจ่าย", en = "Disbursement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal disbursementPct() {
    if (allocated.signum() == 0) {
      return null;
    }
    return spent.multiply(BigDecimal.valueOf(100)).divide(allocated, 2, RoundingMode.HALF_UP);
  }
}
