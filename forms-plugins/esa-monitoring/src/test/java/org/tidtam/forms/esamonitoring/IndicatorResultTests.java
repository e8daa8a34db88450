package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Direction;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.testkit.Records;

class IndicatorResultTests {

  static IndicatorResult row(
      Direction direction, @Nullable String target, @Nullable String result, String unit) {
    return new IndicatorResult(
        null,
        List.of(),
        "KBS-2569-2",
        "KBI-2569-2.1",
        "ตัวชี้วัดทดสอบ",
        unit,
        target == null ? null : new BigDecimal(target),
        null,
        direction,
        null,
        result == null ? null : new BigDecimal(result),
        null,
        null,
        null,
        null,
        null,
        "สรุปผล",
        List.of(),
        List.of(),
        true,
        null,
        null);
  }

  @Test
  void higherIsBetterReachesItsTarget() {
    IndicatorResult r = row(Direction.HIGHER_IS_BETTER, "75", "78.50", "ร้อยละ");

    assertThat(r.percentOfTarget()).isEqualByComparingTo("104.67");
    assertThat(r.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(r.assessment().label().th()).isEqualTo("บรรลุเป้าหมาย");
  }

  @Test
  void higherIsBetterBelowItsTargetIsNotAchieved() {
    IndicatorResult r = row(Direction.HIGHER_IS_BETTER, "3", "2.15", "คะแนน (เพิ่มขึ้น)");

    assertThat(r.percentOfTarget()).isEqualByComparingTo("71.67");
    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(r.assessment().label().th()).isEqualTo("ไม่บรรลุเป้าหมาย");
  }

  @Test
  void percentOfTargetMayExceedAHundred() {
    assertThat(row(Direction.HIGHER_IS_BETTER, "80", "100", "ร้อยละ").percentOfTarget())
        .isEqualByComparingTo("125.00");
  }

  @Test
  void dropoutRateAtOrBelowTargetIsAchieved() {
    IndicatorResult below = row(Direction.LOWER_IS_BETTER, "0.20", "0.15", "ร้อยละ");
    IndicatorResult equal = row(Direction.LOWER_IS_BETTER, "0.20", "0.20", "ร้อยละ");

    assertThat(below.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(below.percentOfTarget()).isEqualByComparingTo("133.33");
    assertThat(equal.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(equal.percentOfTarget()).isEqualByComparingTo("100.00");
    assertThat(below.targetText()).isEqualTo("≤ 0.2");
  }

  @Test
  void dropoutRateAboveTargetIsNotAchieved() {
    IndicatorResult r = row(Direction.LOWER_IS_BETTER, "0.20", "0.25", "ร้อยละ");

    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(r.percentOfTarget()).isEqualByComparingTo("80.00");
  }

  @Test
  void noDropoutAtAllIsAchievedWithoutAPercentage() {
    IndicatorResult r = row(Direction.LOWER_IS_BETTER, "0.20", "0", "ร้อยละ");

    assertThat(r.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(r.percentOfTarget()).isNull();
  }

  @Test
  void milestoneLevelMustReachTheTargetLevel() {
    IndicatorResult reached = row(Direction.MILESTONE, "3", "4", "ระดับ");
    IndicatorResult short_ = row(Direction.MILESTONE, "3", "2", "ระดับ");

    assertThat(reached.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(reached.percentOfTarget()).isEqualByComparingTo("133.33");
    assertThat(short_.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
  }

  @Test
  void withoutATargetTheResultStaysInProgressAndHasNoPercentage() {
    IndicatorResult noTarget = row(Direction.HIGHER_IS_BETTER, null, "92.40", "ร้อยละ");
    IndicatorResult zeroTarget = row(Direction.HIGHER_IS_BETTER, "0", "5", "คน");

    assertThat(noTarget.percentOfTarget()).isNull();
    assertThat(noTarget.assessment()).isEqualTo(Assessment.IN_PROGRESS);
    assertThat(zeroTarget.percentOfTarget()).isNull();
  }

  @Test
  void lowerIsBetterTargetOfZeroHasNoPercentage() {
    IndicatorResult r = row(Direction.LOWER_IS_BETTER, "0", "0.5", "ร้อยละ");

    assertThat(r.percentOfTarget()).isNull();
    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
  }

  @Test
  void withoutAResultTheIndicatorIsInProgress() {
    IndicatorResult r = row(Direction.HIGHER_IS_BETTER, "75", null, "ร้อยละ");

    assertThat(r.resultValue()).isNull();
    assertThat(r.assessment()).isEqualTo(Assessment.IN_PROGRESS);
  }

  @Test
  void countsGiveThePercentageUsedForTheAssessment() {
    IndicatorResult r =
        Records.with(
            Records.with(
                row(Direction.HIGHER_IS_BETTER, "80", null, "ร้อยละ"),
                "numerator",
                new BigDecimal("412")),
            "denominator",
            new BigDecimal("468"));

    assertThat(r.ratioPercent()).isEqualByComparingTo("88.03");
    assertThat(r.resultValue()).isEqualByComparingTo("88.03");
    assertThat(r.percentOfTarget()).isEqualByComparingTo("110.04");
    assertThat(r.assessment()).isEqualTo(Assessment.ACHIEVED);
  }

  @Test
  void countsAreInformationOnlyWhenTheResultIsNotAPercentage() {
    IndicatorResult r =
        Records.with(
            Records.with(
                row(Direction.HIGHER_IS_BETTER, "40", "36", "โรงเรียน"),
                "numerator",
                new BigDecimal("36")),
            "denominator",
            new BigDecimal("42"));

    assertThat(r.ratioPercent()).isEqualByComparingTo("85.71");
    assertThat(r.resultValue()).isEqualByComparingTo("36");
    assertThat(r.percentOfTarget()).isEqualByComparingTo("90.00");
    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
  }

  @Test
  void countsDoNotStandForAMissingResultThatIsNotAPercentage() {
    IndicatorResult r =
        Records.with(
            Records.with(
                row(Direction.HIGHER_IS_BETTER, "40", null, "โรงเรียน"),
                "numerator",
                new BigDecimal("41")),
            "denominator",
            new BigDecimal("42"));

    assertThat(r.resultValue()).isNull();
    assertThat(r.assessment()).isEqualTo(Assessment.IN_PROGRESS);
  }

  @Test
  void anOverrideReplacesTheComputedAssessment() {
    IndicatorResult computed = row(Direction.HIGHER_IS_BETTER, "75", "70", "ร้อยละ");
    IndicatorResult overridden = Records.with(computed, "assessmentOverride", Assessment.ACHIEVED);
    IndicatorResult confirmed =
        Records.with(computed, "assessmentOverride", Assessment.NOT_ACHIEVED);

    assertThat(overridden.computedAssessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(overridden.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(overridden.overridden()).isTrue();
    assertThat(confirmed.overridden()).isFalse();
  }
}
