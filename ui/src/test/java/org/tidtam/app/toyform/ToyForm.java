package org.tidtam.app.toyform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormLists;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.form.Section;
import org.tidtam.thai.Round;
import org.tidtam.validation.CleanText;
import org.tidtam.validation.Complete;

/**
 * One submission of form toy.
 *
 * <p>Its fields are the starter set of a new form (a text, a whole number, an amount in baht, a
 * date, a choice, a table and a long text): replace them with the form's own, and keep {@code
 * fiscalYear}, {@code round} and {@code unitCode} so that the submission is filed by {@link
 * org.tidtam.form.FormPlugin#filing}. Constraints without {@code groups} hold for drafts too; those
 * in {@link Complete} only when the form is submitted.
 */
@Label(th = "แบบทดลอง (ใช้ในการทดสอบเท่านั้น)", en = "Toy form (tests only)")
public record ToyForm(
    @Section(number = "1", th = "ข้อมูลทั่วไป", en = "General")
        @Label(th = "ปีงบประมาณ (พ.ศ.)", en = "Fiscal year (B.E.)")
        @Min(value = 2560, message = "{tidtam.fiscalYear.range}")
        @Max(value = 2600, message = "{tidtam.fiscalYear.range}")
        int fiscalYear,
    @Label(th = "รอบการรายงาน", en = "Reporting round") @NotNull(message = "{tidtam.required}")
        Round round,
    @Label(th = "รหัสหน่วยงาน", en = "Unit code")
        @NotBlank(message = "{tidtam.required}")
        @Size(max = 32, message = "{tidtam.tooLong}")
        String unitCode,
    @Label(th = "ชื่อหน่วยงาน", en = "Unit name")
        @NotBlank(groups = Complete.class, message = "{tidtam.required}")
        @CleanText
        @Size(max = 255, message = "{tidtam.tooLong}")
        @Nullable String unitName,
    @Label(th = "วันที่รายงาน", en = "Report date")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Nullable LocalDate reportDate,
    @Label(th = "สถานะการดำเนินงาน", en = "Progress")
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @Nullable Progress progress,
    @Label(th = "จำนวนผู้เข้าร่วม (คน)", en = "Participants")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Nullable Integer participants,
    @Label(th = "งบประมาณที่ได้รับ (บาท)", en = "Budget (baht)")
        @Kind(FieldType.MONEY)
        @NotNull(groups = Complete.class, message = "{tidtam.required}")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        @Digits(integer = 12, fraction = 2, message = "{tidtam.formtoy.baht}")
        @Nullable BigDecimal budget,
    @Section(number = "2", th = "กิจกรรมที่ดำเนินการ", en = "Activities")
        @Label(th = "กิจกรรม", en = "Activities")
        @NotEmpty(groups = Complete.class, message = "{tidtam.formtoy.activities.required}")
        List<@Valid Activity> activities,
    @Section(number = "3", th = "หมายเหตุ", en = "Notes")
        @Label(th = "หมายเหตุ", en = "Notes")
        @Kind(FieldType.LONG_TEXT)
        @CleanText
        @Size(max = 4000, message = "{tidtam.tooLong}")
        @Nullable String note) {

  public ToyForm {
    activities = FormLists.rows(activities);
  }

  /** What the activities spent together; the template prints it under the table. */
  @Computed
  @Label(th = "รวมค่าใช้จ่าย (บาท)", en = "Total spent (baht)")
  public BigDecimal totalSpent() {
    return activities.stream()
        .map(Activity::spent)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
