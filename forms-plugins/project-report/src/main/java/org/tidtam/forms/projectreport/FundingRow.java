package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Help;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.thai.Amounts;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * The money of one funding source: planned, allocated, extra allocation and the cumulative
 * disbursement at 6 and 12 months. Remaining money and the disbursement rate are computed, never
 * typed.
 */
@FundingAmounts(groups = Complete.class)
@FundingCumulative(groups = Complete.class, payload = Warning.class)
public record FundingRow(
    @Label(th = "แหล่งงบประมาณ", en = "Source of funds")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        FundingSource source,
    @Label(th = "งบประมาณตามแผน (บาท)", en = "Planned (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal planned,
    @Label(th = "งบประมาณที่ได้รับจัดสรร (บาท)", en = "Allocated (baht)")
        @Kind(FieldType.MONEY)
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        BigDecimal allocated,
    @Label(th = "ได้รับเพิ่ม/โอนเข้า (บาท)", en = "Additional allocation (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal additionalAllocation,
    @Label(th = "ปรับลด/โอนออก (บาท)", en = "Reduced or transferred out (baht)")
        @Help(
            th = "งบประมาณที่ถูกปรับลดหรือโอนเปลี่ยนแปลงออกระหว่างปี",
            en = "Budget cut or transferred away during the year")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal reducedAllocation,
    @Label(th = "ผลการเบิกจ่าย 6 เดือน (บาท)", en = "Disbursed at 6 months (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal spent6m,
    @Label(th = "ผลการเบิกจ่าย 12 เดือน (บาท)", en = "Disbursed at 12 months (baht)")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal spent12m) {

  /** The money available: the allocation plus any additional allocation, less any cut. */
  @Computed
  @Label(th = "งบประมาณที่ได้รับรวม (บาท)", en = "Total available (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal available() {
    return Amounts.orZero(allocated)
        .add(Amounts.orZero(additionalAllocation))
        .subtract(Amounts.orZero(reducedAllocation));
  }

  /** The latest cumulative disbursement: the 12-month figure once there is one. */
  @Computed
  @Label(th = "ผลการเบิกจ่ายสะสม (บาท)", en = "Disbursed to date (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal spent() {
    return spent12m != null ? spent12m : Amounts.orZero(spent6m);
  }

  @Computed
  @Label(th = "งบประมาณคงเหลือ (บาท)", en = "Remaining (baht)")
  @Kind(FieldType.MONEY)
  public BigDecimal remaining() {
    return available().subtract(spent());
  }

  /** Spent as a percentage of the money available; null ("–") when nothing was allocated. */
  @Computed
  @Label(th = "ร้อยละการเบิกจ่าย", en = "Disbursement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal disbursementPct() {
    return Amounts.percent(spent(), available());
  }
}
