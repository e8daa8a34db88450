package org.tidtam.forms.esamonitoring;

import jakarta.validation.Valid;
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
import org.tidtam.form.FieldType;
import org.tidtam.form.FormLists;
import org.tidtam.form.Help;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/**
 * One row of section 2: an indicator of the office's plan owned by the reporting group, with its
 * target (columns b–g, prefilled from the catalog) and the group's result (h–o) in one {@link
 * IndicatorMeasure}, the same as form 7.2's: the percentage of the target and the assessment are
 * computed from the indicator's direction, and a reporter may override the assessment only with an
 * explanation.
 */
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
    @Label(th = "ผู้รับผิดชอบตัวชี้วัด", en = "Indicator owner")
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String owner,
    @Label(th = "ค่าเป้าหมายและผลการดำเนินงาน", en = "Target and result")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Valid
        IndicatorMeasure measure,
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
    @Label(th = "ผลการเบิกจ่าย (บาท) จากแบบ 7.2", en = "Disbursed (baht), from 7.2")
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

  /** The result assessed (from the counts for a percentage); null without one or a measure. */
  public @Nullable BigDecimal resultValue() {
    return measure == null ? null : measure.resultValue();
  }

  /** The assessment of the measure; in progress without one. */
  public Assessment assessment() {
    return measure == null ? Assessment.IN_PROGRESS : measure.assessment();
  }

  /** The indicator's direction; the default without a measure. */
  Direction direction() {
    return Direction.orDefault(measure == null ? null : measure.direction());
  }
}
