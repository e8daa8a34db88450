package org.tidtam.forms.esamonitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormLists;
import org.tidtam.form.Help;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.IndicatorRules;
import org.tidtam.thai.Amounts;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/**
 * One row of section 2: an indicator of the office's plan owned by the reporting group, with its
 * target (columns b–g, prefilled from the catalog) and the group's result (h–o). The percentage of
 * the target and the assessment are computed from the indicator's direction; a reporter may
 * override the assessment only with an explanation.
 */
@IndicatorValues
@ResultRules(groups = Complete.class)
public record IndicatorResult(
    @Label(th = "นโยบาย สพฐ.", en = "OBEC policy") @CatalogRef(ReferenceKind.OBEC_POLICY)
        @Nullable String obecPolicy,
    @Label(th = "จุดเน้นและนโยบายเร่งด่วน (Quick Win)", en = "OBEC focus and Quick Win")
        @CatalogRef(ReferenceKind.OBEC_FOCUS)
        List<String> focus,
    @Label(th = "กลยุทธ์ สพป.", en = "Office strategy")
        @CatalogRef(ReferenceKind.ESA_STRATEGY)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        String strategy,
    @Label(th = "รหัสตัวชี้วัด", en = "Indicator code")
        @CatalogRef(ReferenceKind.ESA_INDICATOR)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        String indicatorCode,
    @Label(th = "ตัวชี้วัด", en = "Indicator")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 1000, message = "{tidtam.tooLong}")
        String indicator,
    @Label(th = "หน่วยนับ", en = "Unit")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @Size(max = 64, message = "{tidtam.tooLong}")
        String unit,
    @Label(th = "ค่าเป้าหมาย", en = "Target") @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal target,
    @Label(th = "ค่าเป้าหมาย (ข้อความ)", en = "Target note")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String targetNote,
    @Label(th = "ทิศทางของตัวชี้วัด", en = "Direction")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        Direction direction,
    @Label(th = "ผู้รับผิดชอบตัวชี้วัด", en = "Indicator owner")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String owner,
    @Label(th = "ผลการดำเนินงาน", en = "Result") @Nullable BigDecimal result,
    @Label(th = "จำนวนที่ผ่านเกณฑ์ (ตัวตั้ง)", en = "Number passing (numerator)")
        @Help(
            th = "ระบุพร้อมจำนวนทั้งหมด (ตัวหาร) เพื่อคำนวณร้อยละ",
            en = "With the total, gives the %")
        @Nullable BigDecimal numerator,
    @Label(th = "จำนวนทั้งหมด (ตัวหาร)", en = "Total (denominator)")
        @Nullable BigDecimal denominator,
    @Label(th = "ผลการประเมิน (ระบุเอง)", en = "Assessment given by the reporter")
        @Help(
            th =
                "ตัวชี้วัดที่มีค่าเป้าหมายเป็นตัวเลข ระบบประเมินให้ ระบุเองได้พร้อมคำชี้แจง;"
                    + " ค่าเป้าหมายเชิงพรรณนาให้ระบุผลการประเมินที่นี่",
            en =
                "Computed for a numeric target (change it only with an explanation);"
                    + " for a descriptive target, give it here")
        @Nullable Assessment assessmentOverride,
    @Label(th = "คำชี้แจงการปรับผลการประเมิน", en = "Explanation of the manual assessment")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 1000, message = "{tidtam.tooLong}")
        @Nullable String explanation,
    @Label(th = "สาเหตุที่ไม่บรรลุ", en = "Reason the target was not met")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 1000, message = "{tidtam.tooLong}")
        @Nullable String notAchievedReason,
    @Label(th = "ผลการดำเนินงานโดยสรุป", en = "Narrative")
        @Kind(FieldType.LONG_TEXT)
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 1000, message = "{tidtam.tooLong}")
        String narrative,
    @Label(th = "หลักฐาน/แหล่งข้อมูลอ้างอิง", en = "Evidence")
        @Help(
            th = "ลิงก์ หรือเอกสารอ้างอิง เช่น คำสั่ง สพป.กระบี่ ที่ 123/2569, รายงานผลการนิเทศ",
            en = "A link or a document reference, e.g. an office order or a report")
        List<
                @NotBlank(groups = Complete.class, message = "{tidtam.required}") @CleanText
                @Size(max = 1000, message = "{tidtam.tooLong}") String>
            evidenceUrls,
    @Label(th = "โครงการที่ขับเคลื่อน (รหัสโครงการแบบ 7.2)", en = "Driving projects (7.2 codes)")
        List<@NotBlank(message = "{tidtam.required}") String> projectCodes,
    @Label(th = "งานประจำ ไม่มีโครงการ", en = "Routine work, no project") boolean routineWork,
    @Label(th = "งบประมาณที่ได้รับจัดสรร (บาท) จากแบบ 7.2", en = "Allocated (baht), from 7.2")
        @Help(
            th = "คำนวณจากโครงการที่เชื่อมโยงเมื่อจัดทำร่าง ไม่ต้องกรอก",
            en = "Summed from the linked projects when the draft is made; not typed")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal budgetAllocated,
    @Label(th = "งบประมาณที่ใช้จริง (บาท) จากแบบ 7.2", en = "Spent (baht), from 7.2")
        @Kind(FieldType.MONEY)
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable BigDecimal budgetSpent) {

  public IndicatorResult {
    focus = FormLists.rows(focus);
    evidenceUrls = FormLists.texts(evidenceUrls);
    projectCodes = FormLists.texts(projectCodes);
  }

  /** The project codes given, without empty items. */
  List<String> givenProjectCodes() {
    return projectCodes.stream().filter(c -> !Checks.blank(c)).toList();
  }

  /** Whether results are percentages (ร้อยละ) and so must lie between 0 and 100. */
  public boolean percentUnit() {
    return IndicatorRules.percentUnit(unit);
  }

  /** The percentage from the counts, e.g. 412 of 468 pupils: 88.03; null without both counts. */
  @Computed
  @Label(th = "ร้อยละจากผลงานและฐาน", en = "Percentage from the counts")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal ratioPercent() {
    return Amounts.percent(numerator, denominator);
  }

  /**
   * The result the assessment uses: for a percentage (unit ร้อยละ), from the counts when both are
   * given; else as typed, since for other units the counts are information only.
   */
  @Computed
  @Label(th = "ผลการดำเนินงาน (ที่ใช้ประเมิน)", en = "Result assessed")
  public @Nullable BigDecimal resultValue() {
    BigDecimal ratio = percentUnit() ? ratioPercent() : null;
    return ratio != null ? ratio : result;
  }

  /**
   * The result as a percentage of the target in the indicator's direction ({@link
   * Direction#percentOfTarget}); it may exceed 100. Null when there is no result, no target, a zero
   * divisor, or a target of zero.
   */
  @Computed
  @Label(th = "ร้อยละของค่าเป้าหมาย", en = "Percent of target")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal percentOfTarget() {
    return Direction.orDefault(direction).percentOfTarget(resultValue(), target);
  }

  /** The assessment the result gives in the indicator's direction; in progress without one. */
  @Computed
  @Label(th = "ผลการประเมินตามเกณฑ์", en = "Computed assessment")
  public Assessment computedAssessment() {
    return Assessment.of(direction, resultValue(), target);
  }

  /**
   * Whether the target is only descriptive (a note, no number): then nothing can be computed and
   * the reporter's assessment is the assessment, not an override needing an explanation.
   */
  @Computed
  @Label(th = "ค่าเป้าหมายเชิงพรรณนา", en = "Descriptive target")
  public boolean descriptiveTarget() {
    return target == null && targetNote != null && !targetNote.isBlank();
  }

  /** The reporter's override when given, else the computed assessment. */
  @Computed
  @Label(th = "ผลการประเมิน", en = "Assessment")
  public Assessment assessment() {
    return assessmentOverride != null ? assessmentOverride : computedAssessment();
  }

  /** Whether the reporter changed the computed assessment. */
  @Computed
  @Label(th = "ปรับผลการประเมินแล้ว", en = "Assessment overridden")
  public boolean overridden() {
    return assessmentOverride != null
        && !descriptiveTarget()
        && assessmentOverride != computedAssessment();
  }

  /** The target as printed: the number, or the note when the target is not a plain number. */
  @Computed
  @Label(th = "ค่าเป้าหมายที่แสดง", en = "Target as printed")
  public String targetText() {
    String prefix = direction == Direction.LOWER_IS_BETTER ? "≤ " : "";
    if (target != null) {
      return prefix + target.stripTrailingZeros().toPlainString();
    }
    return targetNote == null ? "" : targetNote;
  }
}
