package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;

/**
 * The learning achievement of one learning area: the students graded, how many reached grade 3 or
 * better, and the mean grade (0.00–4.00).
 */
@GpaAddsUp
public record GpaRow(
    @Label(th = "กลุ่มสาระการเรียนรู้", en = "Learning area")
        @NotNull(message = "{tidtam.required}")
        LearningArea area,
    @Label(th = "จำนวนนักเรียนที่ได้รับการประเมิน", en = "Students graded")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int graded,
    @Label(th = "จำนวนนักเรียนที่ได้ระดับ 3 ขึ้นไป", en = "Students at grade 3 or better")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int gradeThreeUp,
    @Label(th = "ผลการเรียนเฉลี่ย", en = "Mean grade")
        @DecimalMin(value = "0", message = "{tidtam.form73.gpa.range}")
        @DecimalMax(value = "4", message = "{tidtam.form73.gpa.range}")
        @Digits(integer = 1, fraction = 2)
        @Nullable BigDecimal meanGrade) {

  /** Students at grade 3 or better as a percentage of those graded; null without students. */
  @Computed
  @Label(th = "ร้อยละของนักเรียนที่ได้ระดับ 3 ขึ้นไป", en = "Grade 3 or better (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal gradeThreeUpPct() {
    return Scores.percent(gradeThreeUp, graded);
  }
}
