package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/** Health (สุขภาวะ): weight-for-height of the students measured, and the lunch programme. */
@HealthCounts(groups = Complete.class)
public record Health(
    @Label(th = "จำนวนนักเรียนที่ได้รับการชั่งน้ำหนักวัดส่วนสูง", en = "Students measured")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int measured,
    @Label(th = "จำนวนนักเรียนที่มีน้ำหนักตามเกณฑ์ส่วนสูง", en = "Normal weight-for-height")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int normalWeight,
    @Label(th = "จัดอาหารกลางวันครบทุกคน", en = "Lunch for every student") boolean lunchProgram) {

  @Computed
  @Label(th = "ร้อยละนักเรียนที่มีน้ำหนักตามเกณฑ์", en = "Normal weight (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal normalWeightPct() {
    return Scores.percent(normalWeight, measured);
  }
}
