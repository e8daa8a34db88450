package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Direction;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.testkit.Records;

class IndicatorResultTests {

  static IndicatorResult result(
      String unit, String target, @Nullable String r6, @Nullable String r12, Direction direction) {
    String latest = r12 != null ? r12 : r6;
    return new IndicatorResult(
        "ตัวชี้วัด",
        null,
        IndicatorType.QUANTITATIVE,
        new IndicatorMeasure(
            unit,
            direction,
            new BigDecimal(target),
            null,
            latest == null ? null : new BigDecimal(latest),
            null,
            null,
            null,
            null,
            null),
        r12 == null || r6 == null ? null : new BigDecimal(r6));
  }

  /** The row with one value of its measure replaced. */
  static IndicatorResult measured(IndicatorResult r, String component, @Nullable Object value) {
    return Records.with(r, "measure", Records.with(r.measure(), component, value));
  }

  @Test
  void higherIsBetterIsAchievedAtOrAboveTarget() {
    assertThat(result("ร้อยละ", "80", null, "80", Direction.HIGHER_IS_BETTER).achieved()).isTrue();
    assertThat(result("ร้อยละ", "80", null, "79.99", Direction.HIGHER_IS_BETTER).achieved())
        .isFalse();
  }

  @Test
  void lowerIsBetterIsAchievedAtOrBelowTarget() {
    assertThat(result("ร้อยละ", "0.20", null, "0.15", Direction.LOWER_IS_BETTER).achieved())
        .isTrue();
    assertThat(result("ร้อยละ", "0.20", null, "0.20", Direction.LOWER_IS_BETTER).achieved())
        .isTrue();
    assertThat(result("ร้อยละ", "0.20", null, "0.25", Direction.LOWER_IS_BETTER).achieved())
        .isFalse();
  }

  @Test
  void milestoneIsAchievedWhenTheLevelReachesTheTargetLevel() {
    assertThat(result("ระดับ", "4", "3", "4", Direction.MILESTONE).achieved()).isTrue();
    assertThat(result("ระดับ", "4", null, "3", Direction.MILESTONE).achieved()).isFalse();
  }

  @Test
  void achievedIsUnknownAndAssessedInProgressWithoutAResult() {
    IndicatorResult none = result("คน", "180", null, null, Direction.HIGHER_IS_BETTER);

    assertThat(none.achieved()).isNull();
    assertThat(none.measure().assessment()).isEqualTo(Assessment.IN_PROGRESS);
    assertThat(none.measure().percentOfTarget()).isNull();
  }

  @Test
  void assessmentLabelsFollowAchieved() {
    assertThat(
            result("คน", "180", null, "180", Direction.HIGHER_IS_BETTER)
                .measure()
                .assessment()
                .label()
                .th())
        .isEqualTo("บรรลุเป้าหมาย");
    assertThat(
            result("คน", "180", null, "172", Direction.HIGHER_IS_BETTER)
                .measure()
                .assessment()
                .label()
                .th())
        .isEqualTo("ไม่บรรลุเป้าหมาย");
  }

  @Test
  void usesTheSixMonthResultUntilTheTwelveMonthResultIsIn() {
    IndicatorResult r = result("คน", "180", "90", null, Direction.HIGHER_IS_BETTER);

    assertThat(r.result()).isEqualByComparingTo("90");
    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("50.00");
  }

  @Test
  void percentOfTargetMayExceedHundred() {
    assertThat(
            result("ร้อยละ", "80", "71.50", "84.62", Direction.HIGHER_IS_BETTER)
                .measure()
                .percentOfTarget())
        .isEqualByComparingTo("105.78");
    assertThat(
            result("คน", "180", null, "172", Direction.HIGHER_IS_BETTER)
                .measure()
                .percentOfTarget())
        .isEqualByComparingTo("95.56");
  }

  @Test
  void percentOfTargetOfALowerIsBetterIndicatorIsTargetOverResult() {
    assertThat(
            result("ร้อยละ", "0.20", null, "0.16", Direction.LOWER_IS_BETTER)
                .measure()
                .percentOfTarget())
        .isEqualByComparingTo("125.00");
    assertThat(
            result("ร้อยละ", "0.20", null, "0", Direction.LOWER_IS_BETTER)
                .measure()
                .percentOfTarget())
        .isNull();
    assertThat(result("คน", "0", null, "2", Direction.LOWER_IS_BETTER).measure().percentOfTarget())
        .as("a target of zero has no percentage, as in form 7.1")
        .isNull();
  }

  @Test
  void countsGiveTheResultAsAPercentage() {
    IndicatorResult r =
        measured(
            measured(
                result("ร้อยละ", "80", null, null, Direction.HIGHER_IS_BETTER),
                "numerator",
                new BigDecimal("412")),
            "denominator",
            new BigDecimal("468"));

    assertThat(r.measure().ratioPercent()).isEqualByComparingTo("88.03");
    assertThat(r.result()).isEqualByComparingTo("88.03");
    assertThat(r.achieved()).isTrue();
  }

  @Test
  void countsAreInformationOnlyWhenTheResultIsNotAPercentage() {
    IndicatorResult r =
        measured(
            measured(
                result("คน", "180", "150", "172", Direction.HIGHER_IS_BETTER),
                "numerator",
                new BigDecimal("172")),
            "denominator",
            new BigDecimal("180"));

    assertThat(r.measure().ratioPercent()).isEqualByComparingTo("95.56");
    assertThat(r.measure().countedResult()).isNull();
    assertThat(r.result()).isEqualByComparingTo("172");
    assertThat(r.achieved()).isFalse();
    assertThat(r.measure().percentOfTarget()).isEqualByComparingTo("95.56");
  }

  @Test
  void aNonPercentResultIsNotTakenFromTheCountsWhenNoneIsTyped() {
    IndicatorResult r =
        measured(
            measured(
                result("โรงเรียน", "40", null, null, Direction.HIGHER_IS_BETTER),
                "numerator",
                new BigDecimal("38")),
            "denominator",
            new BigDecimal("40"));

    assertThat(r.result()).isNull();
    assertThat(r.achieved()).isNull();
  }

  @Test
  void overrideWinsOverTheComputedAssessment() {
    IndicatorResult r =
        measured(
            result("คน", "180", null, "172", Direction.HIGHER_IS_BETTER),
            "assessmentOverride",
            Assessment.ACHIEVED);

    assertThat(r.achieved()).isTrue();
    assertThat(r.measure().assessment()).isEqualTo(Assessment.ACHIEVED);
  }

  @Test
  void printsTheSixMonthResultWithTheDecimalsOfTheUnit() {
    assertThat(result("ร้อยละ", "80", "71.5", "84.62", Direction.HIGHER_IS_BETTER).result6mText())
        .isEqualTo("71.50");
    assertThat(result("คน", "180", "172.00", "180", Direction.HIGHER_IS_BETTER).result6mText())
        .isEqualTo("172");
    assertThat(result("คน", "180", "172", null, Direction.HIGHER_IS_BETTER).result6mText())
        .isEmpty();
  }

  @Test
  void recognisesPercentUnits() {
    assertThat(
            result("ร้อยละ", "1", null, null, Direction.HIGHER_IS_BETTER).measure().percentUnit())
        .isTrue();
    assertThat(result(" % ", "1", null, null, Direction.HIGHER_IS_BETTER).measure().percentUnit())
        .isTrue();
    assertThat(result("คน", "1", null, null, Direction.HIGHER_IS_BETTER).measure().percentUnit())
        .isFalse();
  }
}
