package org.tidtam.form.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Direction;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

class IndicatorMeasureTests {

  private static final FormValidator VALIDATOR = FormValidator.create();
  private static final String PERCENT = "\u0e23\u0e49\u0e2d\u0e22\u0e25\u0e30";
  private static final String PERSONS = "\u0e04\u0e19";
  private static final String LEVEL = "\u0e23\u0e30\u0e14\u0e31\u0e1a";

  private static IndicatorMeasure measure(
      String unit,
      Direction direction,
      @Nullable String target,
      @Nullable String result,
      @Nullable String numerator,
      @Nullable String denominator,
      @Nullable Assessment override,
      @Nullable String explanation) {
    return new IndicatorMeasure(
        unit,
        direction,
        target == null ? null : new BigDecimal(target),
        null,
        result == null ? null : new BigDecimal(result),
        numerator == null ? null : new BigDecimal(numerator),
        denominator == null ? null : new BigDecimal(denominator),
        override,
        explanation,
        null);
  }

  private static IndicatorMeasure higher(String unit, String target, @Nullable String result) {
    return measure(unit, Direction.HIGHER_IS_BETTER, target, result, null, null, null, null);
  }

  private static List<String> errors(IndicatorMeasure m, Stage stage) {
    return VALIDATOR.validate(m, stage).stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .map(v -> v.path() + " " + v.message().key())
        .toList();
  }

  private static List<String> warnings(IndicatorMeasure m) {
    return VALIDATOR.validate(m, Stage.SUBMIT).stream()
        .filter(v -> v.severity() == Severity.WARNING)
        .map(Violation::path)
        .toList();
  }

  @Test
  void computesPercentOfTargetAndAssessmentInTheDirection() {
    IndicatorMeasure m = higher(PERCENT, "80", "84.62");
    assertThat(m.percentOfTarget()).isEqualByComparingTo("105.78");
    assertThat(m.assessment()).isEqualTo(Assessment.ACHIEVED);

    IndicatorMeasure dropout =
        measure(PERCENT, Direction.LOWER_IS_BETTER, "0.5", "0.8", null, null, null, null);
    assertThat(dropout.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(dropout.percentOfTarget()).isEqualByComparingTo("62.50");
    assertThat(dropout.targetText()).isEqualTo("≤ 0.50");

    assertThat(higher(PERSONS, "180", null).assessment()).isEqualTo(Assessment.IN_PROGRESS);
  }

  @Test
  void aPercentageComesFromTheCountsAndOtherUnitsKeepTheirResult() {
    IndicatorMeasure pct =
        measure(PERCENT, Direction.HIGHER_IS_BETTER, "80", null, "412", "468", null, null);
    assertThat(pct.resultValue()).isEqualByComparingTo("88.03");
    assertThat(pct.assessment()).isEqualTo(Assessment.ACHIEVED);

    IndicatorMeasure persons =
        measure(PERSONS, Direction.HIGHER_IS_BETTER, "180", "172", "172", "180", null, null);
    assertThat(persons.resultValue()).isEqualByComparingTo("172");
    assertThat(persons.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
  }

  @Test
  void printsTwoDecimalsForPercentagesAndNoneForPersonsAndLevels() {
    assertThat(higher(PERCENT, "80", "84.6").resultText()).isEqualTo("84.60");
    assertThat(higher(PERCENT, "80", "84.6").targetText()).isEqualTo("80.00");
    assertThat(higher("\u0e04\u0e30\u0e41\u0e19\u0e19", "3.5", "3.756").resultText())
        .isEqualTo("3.76");
    assertThat(higher(PERSONS, "1800", "1725.00").resultText()).isEqualTo("1,725");
    assertThat(higher(PERSONS, "1800", "1725.00").targetText()).isEqualTo("1,800");
    assertThat(measure(LEVEL, Direction.MILESTONE, "4", "4.0", null, null, null, null).resultText())
        .isEqualTo("4");
    assertThat(higher(PERSONS, "10", "2.5").resultText()).isEqualTo("2.50");
    assertThat(higher(PERSONS, "10", null).resultText()).isEmpty();
  }

  @Test
  void rejectsANumeratorAboveTheDenominator() {
    IndicatorMeasure m =
        measure(PERSONS, Direction.HIGHER_IS_BETTER, "10", "5", "12", "10", null, null);
    assertThat(errors(m, Stage.DRAFT))
        .containsExactly("numerator tidtam.indicator.numeratorAboveDenominator");
  }

  @Test
  void rejectsOneCountWithoutTheOtherAndATotalOfZero() {
    assertThat(
            errors(
                measure(PERSONS, Direction.HIGHER_IS_BETTER, "10", "5", "4", null, null, null),
                Stage.DRAFT))
        .containsExactly("denominator tidtam.indicator.countsPair");
    assertThat(
            errors(
                measure(PERSONS, Direction.HIGHER_IS_BETTER, "10", "5", "0", "0", null, null),
                Stage.DRAFT))
        .containsExactly("denominator tidtam.indicator.denominatorPositive");
  }

  @Test
  void keepsPercentagesWithinZeroToHundredAndLevelsWithinOneToFive() {
    assertThat(errors(higher(PERCENT, "120", "101"), Stage.DRAFT))
        .containsExactlyInAnyOrder("target tidtam.percent.range", "result tidtam.percent.range");
    assertThat(
            errors(
                measure(LEVEL, Direction.MILESTONE, "6", "0", null, null, null, null), Stage.DRAFT))
        .containsExactlyInAnyOrder(
            "target tidtam.indicator.levelRange", "result tidtam.indicator.levelRange");
    assertThat(errors(higher(PERSONS, "1800", "1725"), Stage.SUBMIT)).isEmpty();
  }

  @Test
  void aMilestoneIsAchievedAtItsLevel() {
    IndicatorMeasure m = measure(LEVEL, Direction.MILESTONE, "4", "4", null, null, null, null);
    assertThat(m.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(m.percentOfTarget()).isEqualByComparingTo("100.00");
  }

  @Test
  void anOverrideContradictingTheComputedAssessmentNeedsAnExplanation() {
    IndicatorMeasure unexplained =
        measure(
            PERCENT, Direction.HIGHER_IS_BETTER, "80", "70", null, null, Assessment.ACHIEVED, null);
    assertThat(unexplained.overridden()).isTrue();
    assertThat(unexplained.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(errors(unexplained, Stage.DRAFT)).isEmpty();
    assertThat(errors(unexplained, Stage.SUBMIT))
        .containsExactly("explanation tidtam.indicator.explanationRequired");

    IndicatorMeasure agreeing =
        measure(
            PERCENT, Direction.HIGHER_IS_BETTER, "80", "85", null, null, Assessment.ACHIEVED, null);
    assertThat(agreeing.overridden()).isFalse();
    assertThat(errors(agreeing, Stage.SUBMIT)).isEmpty();
  }

  @Test
  void aDescriptiveTargetTakesTheReportersAssessmentWithoutExplanation() {
    IndicatorMeasure m =
        new IndicatorMeasure(
            LEVEL,
            Direction.HIGHER_IS_BETTER,
            null,
            "\u0e21\u0e35\u0e04\u0e39\u0e48\u0e21\u0e37\u0e2d",
            null,
            null,
            null,
            Assessment.ACHIEVED,
            null,
            null);
    assertThat(m.descriptiveTarget()).isTrue();
    assertThat(m.overridden()).isFalse();
    assertThat(m.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(errors(m, Stage.SUBMIT)).isEmpty();
  }

  @Test
  void onSubmitATargetIsGivenAsNumberOrNote() {
    IndicatorMeasure none =
        measure(PERSONS, Direction.HIGHER_IS_BETTER, null, "5", null, null, null, null);
    assertThat(errors(none, Stage.DRAFT)).isEmpty();
    assertThat(errors(none, Stage.SUBMIT))
        .containsExactly("target tidtam.indicator.targetRequired");
  }

  @Test
  void warnsWhenATypedPercentageDiffersFromTheCounts() {
    IndicatorMeasure m =
        measure(PERCENT, Direction.HIGHER_IS_BETTER, "80", "90", "412", "468", null, null);
    assertThat(warnings(m)).containsExactly("result");
    assertThat(
            warnings(
                measure(
                    PERCENT, Direction.HIGHER_IS_BETTER, "80", "88.03", "412", "468", null, null)))
        .isEmpty();
  }
}
