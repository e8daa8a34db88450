package org.tidtam.testforms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.CatalogRef;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Help;
import org.tidtam.form.Image;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.Section;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;
import org.tidtam.validation.DateOrder;
import org.tidtam.validation.Warning;

/** The test form: every field type, in three sections after an untitled one. */
@AmountsWithinBudget
@DateOrder(start = "startDate", end = "endDate")
public record TestReport(
    @Label(th = "ชื่อโครงการ", en = "Project name")
        @NotBlank(groups = Complete.class)
        @Size(max = 200)
        String projectName,
    @Label(th = "ปีงบประมาณ", en = "Fiscal year") @NotNull @Min(2560) @Max(2600) Integer fiscalYear,
    @Section(number = "1", th = "ข้อมูลทั่วไป", en = "General")
        @Label(th = "กลุ่มที่รับผิดชอบ", en = "Responsible group")
        @CatalogRef(ReferenceKind.ORG_GROUP)
        @NotBlank(groups = Complete.class)
        String group,
    @Label(th = "สถานะ", en = "Status") @NotNull(groups = Complete.class) Status status,
    @Label(th = "ความสำคัญ", en = "Priority") Priority priority,
    @Label(th = "วันที่เริ่ม", en = "Start date") LocalDate startDate,
    @Label(th = "วันที่สิ้นสุด", en = "End date") LocalDate endDate,
    @Label(th = "ใช้งบกลาง", en = "Central budget") boolean centralBudget,
    @Label(th = "งบประมาณ", en = "Budget")
        @Kind(FieldType.MONEY)
        @NotNull(groups = Complete.class)
        @DecimalMin("0.00")
        @Digits(integer = 12, fraction = 2)
        BigDecimal budget,
    @Label(th = "ค่าเป้าหมาย (ร้อยละ)", en = "Target (%)")
        @Kind(FieldType.PERCENT)
        @DecimalMin("0")
        @DecimalMax("100")
        BigDecimal targetPercent,
    @Label(th = "สรุปผล", en = "Summary")
        @Help(th = "สรุปผลการดำเนินงานโดยย่อ", en = "A short summary of the results")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @NotBlank(groups = Complete.class)
        String summary,
    @Label(th = "โทรศัพท์", en = "Phone") @Pattern(regexp = "0[0-9]{1,2}-[0-9]{3}-[0-9]{4}")
        String phone,
    @Label(th = "วันที่รายงาน", en = "Report date") @PastOrPresent(payload = Warning.class)
        LocalDate reportDate,
    @Section(number = "2", th = "กิจกรรม", en = "Activities")
        @Label(th = "กิจกรรม", en = "Activities")
        @Valid
        @NotEmpty(groups = Complete.class)
        @Size(max = 50)
        List<Row> rows,
    @Label(th = "โรงเรียนเป้าหมาย", en = "Schools") @CatalogRef(ReferenceKind.SCHOOL)
        List<String> schools,
    @Label(th = "กลุ่มเป้าหมาย", en = "Target groups") Set<Target> targets,
    @Label(th = "ปัญหาอุปสรรค", en = "Problems") List<String> problems,
    @Section(number = "3", th = "ผู้รายงาน", en = "Reporter")
        @Label(th = "ผู้รายงาน", en = "Reporter")
        @Valid
        @Nullable Person reporter,
    @Label(th = "ลายมือชื่อ", en = "Signature") @Nullable Image signature,
    @Label(th = "ภาพกิจกรรม", en = "Photos") List<Image> photos) {

  @Computed
  @Label(th = "รวมใช้จ่าย", en = "Total spent")
  @Kind(FieldType.MONEY)
  public BigDecimal totalSpent() {
    return rows == null
        ? BigDecimal.ZERO
        : rows.stream()
            .map(Row::amount)
            .filter(a -> a != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Computed
  @Label(th = "ร้อยละการเบิกจ่าย", en = "Disbursement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal disbursementPct() {
    if (budget == null || budget.signum() == 0) {
      return null;
    }
    return totalSpent().multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
  }

  /** A getter-style computed value: it must not leak into the JSON either. */
  @Computed
  @Label(th = "มีกิจกรรม", en = "Has activities")
  public boolean isActive() {
    return rows != null && !rows.isEmpty();
  }
}
