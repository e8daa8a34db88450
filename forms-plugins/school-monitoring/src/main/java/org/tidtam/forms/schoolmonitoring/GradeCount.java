package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;

/**
 * One row of the student table: the boys, girls and classrooms of one grade. A grade taught in a
 * multi-grade class (คละชั้น) has no room of its own and names the grade it studies with.
 */
public record GradeCount(
    @Label(th = "ระดับชั้น", en = "Grade") @NotNull(message = "{tidtam.required}") Grade grade,
    @Label(th = "ชาย", en = "Boys") @PositiveOrZero(message = "{tidtam.notNegative}") int male,
    @Label(th = "หญิง", en = "Girls") @PositiveOrZero(message = "{tidtam.notNegative}") int female,
    @Label(th = "จำนวนห้องเรียน", en = "Classrooms")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int rooms,
    @Label(th = "เรียนรวมกับชั้น (คละชั้น)", en = "Studies with grade (multi-grade class)")
        @Nullable Grade studiesWith) {

  @Computed
  @Label(th = "รวม", en = "Total")
  public int total() {
    return male + female;
  }

  /** Students per classroom of the grade; null ("–") without a classroom. */
  @Computed
  @Label(th = "นักเรียนต่อห้อง", en = "Students per classroom")
  @Kind(FieldType.DECIMAL)
  public @Nullable BigDecimal perRoom() {
    return Scores.ratio(total(), rooms);
  }
}
