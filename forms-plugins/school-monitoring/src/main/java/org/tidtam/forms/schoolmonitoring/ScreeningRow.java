package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;
import org.tidtam.validation.Complete;

/**
 * The reading and writing screening of grades 1–3 for one skill: how many students were tested and
 * how many reached each level. The levels add up to the students tested.
 */
@ScreeningAddsUp(groups = Complete.class)
public record ScreeningRow(
    @Label(th = "ทักษะ", en = "Skill") @NotNull(message = "{tidtam.required}") ReadingSkill skill,
    @Label(th = "จำนวนนักเรียนที่เข้ารับการประเมิน", en = "Students tested")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int tested,
    @Label(th = "ดีมาก", en = "Very good") @PositiveOrZero(message = "{tidtam.notNegative}")
        int veryGood,
    @Label(th = "ดี", en = "Good") @PositiveOrZero(message = "{tidtam.notNegative}") int good,
    @Label(th = "พอใช้", en = "Fair") @PositiveOrZero(message = "{tidtam.notNegative}") int fair,
    @Label(th = "ปรับปรุง", en = "Needs improvement")
        @PositiveOrZero(message = "{tidtam.notNegative}")
        int needsImprovement) {

  @Computed
  @Label(th = "รวมทุกระดับ", en = "All levels")
  public int sum() {
    return veryGood + good + fair + needsImprovement;
  }

  @Computed
  @Label(th = "ร้อยละดีมาก", en = "Very good (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal veryGoodPct() {
    return pct(veryGood);
  }

  @Computed
  @Label(th = "ร้อยละดี", en = "Good (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal goodPct() {
    return pct(good);
  }

  @Computed
  @Label(th = "ร้อยละพอใช้", en = "Fair (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal fairPct() {
    return pct(fair);
  }

  @Computed
  @Label(th = "ร้อยละปรับปรุง", en = "Needs improvement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal needsImprovementPct() {
    return pct(needsImprovement);
  }

  /** Students at good or very good, as a percentage of those tested. */
  @Computed
  @Label(th = "ร้อยละระดับดีขึ้นไป", en = "Good or better (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal goodOrBetterPct() {
    return pct(veryGood + good);
  }

  private @Nullable BigDecimal pct(int count) {
    return Scores.percent(count, tested);
  }
}
