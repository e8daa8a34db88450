package org.tidtam.forms.projectreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.Help;
import org.tidtam.form.Label;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.validation.Complete;

/**
 * The result of one indicator of the project against its target: the indicator, its type, and its
 * measure in this report's round ({@link IndicatorMeasure}, the same as in form 7.1), with the
 * 6-month result beside it in the 12-month report.
 */
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
    @Label(th = "ค่าเป้าหมายและผลการดำเนินงาน", en = "Target and result")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        IndicatorMeasure measure,
    @Label(th = "ผล 6 เดือน (รายงานรอบ 12 เดือน)", en = "Result at 6 months (12-month report)")
        @Help(
            th = "ผลที่รายงานในรอบ 6 เดือน แสดงคู่กับผลรอบนี้",
            en = "As reported in the 6-month round, printed beside this round's result")
        @Nullable BigDecimal result6m) {

  /** Achieved or not, null while in progress or without a measure. */
  public @Nullable Boolean achieved() {
    return measure == null ? null : measure.achieved();
  }

  /** The result assessed in this round; null without one. */
  public @Nullable BigDecimal result() {
    return measure == null ? null : measure.resultValue();
  }

  /** The 6-month result as printed, with the decimals of the indicator's unit. */
  @Computed
  @Label(th = "ผล 6 เดือนที่แสดง", en = "Result at 6 months as printed")
  public String result6mText() {
    return measure == null || result6m == null ? "" : measure.format(result6m);
  }
}
