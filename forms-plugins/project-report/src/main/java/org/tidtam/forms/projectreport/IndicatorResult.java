package org.tidtam.forms.projectreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.IndicatorRules;
import org.tidtam.thai.Amounts;
import org.tidtam.validation.Complete;
import org.tidtam.validation.Warning;

/**
 * The result of one indicator of the project against its target. Whether the target is met is
 * computed from the direction of the indicator; a reporter may override it only with an
 * explanation.
 */
@IndicatorValues
@IndicatorOverride(groups = Complete.class)
@IndicatorRatioMatches(groups = Complete.class, payload = Warning.class)
public record IndicatorResult(
    @Label(th = "ตัวชี้วัด", en = "Indicator")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        String indicator,
    @Label(th = "รหัสตัวชี้วัด สพป.", en = "Office indicator code")
        @CatalogRef(ReferenceKind.ESA_INDICATOR)
        @Nullable String indicatorCode,
    @Label(th = "ประเภท", en = "Type")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        IndicatorType type,
    @Label(th = "หน่วยนับ", en = "Unit")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 64, message = "{tidtam.tooLong}")
        String unit,
    @Label(th = "ค่าเป้าหมาย", en = "Target")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        BigDecimal target,
    @Label(th = "ผล 6 เดือน", en = "Result at 6 months") @Nullable BigDecimal result6m,
    @Label(th = "ผล 12 เดือน", en = "Result at 12 months") @Nullable BigDecimal result12m,
    @Label(th = "ทิศทางของตัวชี้วัด", en = "Direction")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        Direction direction,
    @Label(th = "จำนวนที่ผ่านเกณฑ์ (ตัวตั้ง)", en = "Numerator") @Nullable BigDecimal numerator,
    @Label(th = "จำนวนทั้งหมด (ตัวหาร)", en = "Denominator") @Nullable BigDecimal denominator,
    @Label(th = "ปรับผลการประเมินด้วยตนเอง", en = "Manual assessment")
        @Nullable Boolean achievedOverride,
    @Label(th = "คำชี้แจงการปรับผลการประเมิน", en = "Explanation of the manual assessment")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String overrideExplanation,
    @Label(th = "สาเหตุที่ไม่บรรลุเป้าหมาย", en = "Reason the target was not met")
        @Kind(FieldType.LONG_TEXT)
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String notAchievedReason) {

  /** Whether results are percentages (ร้อยละ) and so must lie between 0 and 100. */
  public boolean percentUnit() {
    return IndicatorRules.percentUnit(unit);
  }

  /** The percentage from the counts, e.g. 412 of 468 pupils: 88.03; null without both counts. */
  @Computed
  @Label(th = "ร้อยละจากจำนวนที่นับได้", en = "Percentage from the counts")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal ratioPercent() {
    return Amounts.percent(numerator, denominator);
  }

  /**
   * The percentage from the counts when the result is a percentage (unit ร้อยละ); null otherwise,
   * since for other units the counts are information only and cannot stand for the result.
   */
  public @Nullable BigDecimal countedResult() {
    return percentUnit() ? ratioPercent() : null;
  }

  /**
   * The latest result: for a percentage, from the counts when given; else the 12-month, else the
   * 6-month result as typed.
   */
  @Computed
  @Label(th = "ผลการดำเนินงานล่าสุด", en = "Latest result")
  public @Nullable BigDecimal result() {
    BigDecimal counted = countedResult();
    if (counted != null) {
      return counted;
    }
    return result12m != null ? result12m : result6m;
  }

  /**
   * The latest result as a percentage of the target in the indicator's direction ({@link
   * Direction#percentOfTarget}): for a lower-is-better indicator target ÷ result, so that above 100
   * still means better than the target.
   */
  @Computed
  @Label(th = "ร้อยละของค่าเป้าหมาย", en = "Percent of target")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal percentOfTarget() {
    return Direction.orDefault(direction).percentOfTarget(result(), target);
  }

  /**
   * Whether the target is met: the override when set, else the latest result judged in the
   * indicator's direction; null while there is no result yet.
   */
  @Computed
  @Label(th = "บรรลุเป้าหมาย", en = "Achieved")
  public @Nullable Boolean achieved() {
    if (achievedOverride != null) {
      return achievedOverride;
    }
    BigDecimal r = result();
    if (r == null || target == null) {
      return null;
    }
    return Direction.orDefault(direction).achieved(r, target);
  }

  @Computed
  @Label(th = "ผลการประเมินเป้าหมาย", en = "Target assessment")
  public Assessment assessment() {
    return Assessment.ofAchieved(achieved());
  }
}
