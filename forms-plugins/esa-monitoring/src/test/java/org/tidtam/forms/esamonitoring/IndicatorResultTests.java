package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Direction;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.IndicatorMeasure;

class IndicatorResultTests {

  static IndicatorResult row(
      Direction direction, @Nullable String target, @Nullable String result, String unit) {
    return new IndicatorResult(
        null,
        List.of(),
        "KBS-2569-2",
        "KBI-2569-2.1",
        "ตัวชี้วัดทดสอบ",
        null,
        new IndicatorMeasure(
            unit,
            direction,
            target == null ? null : new BigDecimal(target),
            null,
            result == null ? null : new BigDecimal(result),
            null,
            null,
            null,
            null,
            null),
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

    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("104.67");
    assertThat(r.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(r.assessment().label().th()).isEqualTo("บรรลุเป้าหมาย");
  }

  @Test
  void higherIsBetterBelowItsTargetIsNotAchieved() {
    IndicatorResult r = row(Direction.HIGHER_IS_BETTER, "3", "2.15", "คะแนน (เพิ่มขึ้น)");

    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("71.67");
    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(r.assessment().label().th()).isEqualTo("ไม่บรรลุเป้าหมาย");
  }

  @Test
  void percentOfTargetMayExceedAHundred() {
    assertThat(row(Direction.HIGHER_IS_BETTER, "80", "100", "ร้อยละ").measure().percentOfTarget())
        .isEqualByComparingTo("125.00");
  }

  @Test
  void dropoutRateAtOrBelowTargetIsAchieved() {
    IndicatorResult below = row(Direction.LOWER_IS_BETTER, "0.20", "0.15", "ร้อยละ");
    IndicatorResult equal = row(Direction.LOWER_IS_BETTER, "0.20", "0.20", "ร้อยละ");

    assertThat(below.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(below.measure().percentOfTarget()).isEqualByComparingTo("133.33");
    assertThat(equal.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(equal.measure().percentOfTarget()).isEqualByComparingTo("100.00");
    assertThat(below.measure().targetText()).isEqualTo("≤ 0.20");
  }

  @Test
  void dropoutRateAboveTargetIsNotAchieved() {
    IndicatorResult r = row(Direction.LOWER_IS_BETTER, "0.20", "0.25", "ร้อยละ");

    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("80.00");
  }

  @Test
  void noDropoutAtAllIsAchievedWithoutAPercentage() {
    IndicatorResult r = row(Direction.LOWER_IS_BETTER, "0.20", "0", "ร้อยละ");

    assertThat(r.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(r.measure().percentOfTarget()).isNull();
  }

  @Test
  void milestoneLevelMustReachTheTargetLevel() {
    IndicatorResult reached = row(Direction.MILESTONE, "3", "4", "ระดับ");
    IndicatorResult short_ = row(Direction.MILESTONE, "3", "2", "ระดับ");

    assertThat(reached.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(reached.measure().percentOfTarget()).isEqualByComparingTo("133.33");
    assertThat(short_.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
  }

  @Test
  void withoutATargetTheResultStaysInProgressAndHasNoPercentage() {
    IndicatorResult noTarget = row(Direction.HIGHER_IS_BETTER, null, "92.40", "ร้อยละ");
    IndicatorResult zeroTarget = row(Direction.HIGHER_IS_BETTER, "0", "5", "คน");

    assertThat(noTarget.measure().percentOfTarget()).isNull();
    assertThat(noTarget.assessment()).isEqualTo(Assessment.IN_PROGRESS);
    assertThat(zeroTarget.measure().percentOfTarget()).isNull();
  }

  @Test
  void lowerIsBetterTargetOfZeroHasNoPercentage() {
    IndicatorResult r = row(Direction.LOWER_IS_BETTER, "0", "0.5", "ร้อยละ");

    assertThat(r.measure().percentOfTarget()).isNull();
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
        Forms71.measure(
            Forms71.measure(
                row(Direction.HIGHER_IS_BETTER, "80", null, "ร้อยละ"),
                "numerator",
                new BigDecimal("412")),
            "denominator",
            new BigDecimal("468"));

    assertThat(r.measure().ratioPercent()).isEqualByComparingTo("88.03");
    assertThat(r.resultValue()).isEqualByComparingTo("88.03");
    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("110.04");
    assertThat(r.assessment()).isEqualTo(Assessment.ACHIEVED);
  }

  @Test
  void countsAreInformationOnlyWhenTheResultIsNotAPercentage() {
    IndicatorResult r =
        Forms71.measure(
            Forms71.measure(
                row(Direction.HIGHER_IS_BETTER, "40", "36", "โรงเรียน"),
                "numerator",
                new BigDecimal("36")),
            "denominator",
            new BigDecimal("42"));

    assertThat(r.measure().ratioPercent()).isEqualByComparingTo("85.71");
    assertThat(r.resultValue()).isEqualByComparingTo("36");
    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("90.00");
    assertThat(r.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
  }

  @Test
  void countsDoNotStandForAMissingResultThatIsNotAPercentage() {
    IndicatorResult r =
        Forms71.measure(
            Forms71.measure(
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
    IndicatorResult overridden =
        Forms71.measure(computed, "assessmentOverride", Assessment.ACHIEVED);
    IndicatorResult confirmed =
        Forms71.measure(computed, "assessmentOverride", Assessment.NOT_ACHIEVED);

    assertThat(overridden.measure().computedAssessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(overridden.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(overridden.measure().overridden()).isTrue();
    assertThat(confirmed.measure().overridden()).isFalse();
  }
}
