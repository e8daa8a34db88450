package org.tidtam.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.validation.Violation;

/**
 * The same indicator measures for every form that reports indicators (7.1, 7.2), with the problems
 * each must raise in a 12-month report: a form's test puts each measure into a row of its own
 * sample and expects exactly these problems under the row's measure, so that the counts, the
 * milestone levels, the percentage range, the target and the assessment behave alike everywhere.
 */
public final class IndicatorMeasureCases {

  /**
   * A named measure and the problems it raises, each as {@code "SEVERITY path key"} with the path
   * below the measure, e.g. {@code "ERROR numerator tidtam.indicator.numeratorAboveDenominator"}.
   */
  public record Case(String name, IndicatorMeasure measure, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private IndicatorMeasureCases() {}

  /** Every case, valid measures first. */
  public static Stream<Case> all() {
    return Stream.of(
        new Case(
            "a percentage from its counts",
            measure("ร้อยละ", Direction.HIGHER_IS_BETTER, "80", null, "85", "85", "100", null),
            List.of()),
        new Case(
            "a descriptive target assessed by hand needs no explanation",
            measure(
                "ร้อยละ",
                Direction.HIGHER_IS_BETTER,
                null,
                "เพิ่มขึ้นจากปีที่ผ่านมา",
                null,
                null,
                null,
                Assessment.ACHIEVED),
            List.of()),
        new Case(
            "a milestone reached at level 4 of 5",
            measure("ระดับ", Direction.MILESTONE, "4", null, "4", null, null, null),
            List.of()),
        new Case(
            "more passing than counted",
            measure("ร้อยละ", Direction.HIGHER_IS_BETTER, "80", null, null, "50", "40", null),
            List.of("ERROR numerator tidtam.indicator.numeratorAboveDenominator")),
        new Case(
            "a passing count without its total",
            measure("ร้อยละ", Direction.HIGHER_IS_BETTER, "80", null, "90", "10", null, null),
            List.of("ERROR denominator tidtam.indicator.countsPair")),
        new Case(
            "a total of zero",
            measure("คน", Direction.HIGHER_IS_BETTER, "80", null, "90", "0", "0", null),
            List.of("ERROR denominator tidtam.indicator.denominatorPositive")),
        new Case(
            "a milestone target and result beyond level 5",
            measure("ระดับ", Direction.MILESTONE, "6", null, "6", null, null, null),
            List.of(
                "ERROR target tidtam.indicator.levelRange",
                "ERROR result tidtam.indicator.levelRange")),
        new Case(
            "a percentage above 100",
            measure("ร้อยละ", Direction.HIGHER_IS_BETTER, "80", null, "101", null, null, null),
            List.of("ERROR result tidtam.percent.range")),
        new Case(
            "a result that the counts contradict",
            measure("ร้อยละ", Direction.HIGHER_IS_BETTER, "80", null, "95", "85", "100", null),
            List.of("WARNING result tidtam.indicator.ratioMismatch")),
        new Case(
            "an assessment by hand against the computed one, unexplained",
            measure(
                "ร้อยละ",
                Direction.HIGHER_IS_BETTER,
                "80",
                null,
                "70",
                null,
                null,
                Assessment.ACHIEVED),
            List.of("ERROR explanation tidtam.indicator.explanationRequired")),
        new Case(
            "no target at all",
            measure("ร้อยละ", Direction.HIGHER_IS_BETTER, null, null, "70", null, null, null),
            List.of(
                "ERROR target tidtam.indicator.targetRequired",
                "ERROR assessmentOverride tidtam.indicator.inProgressNot12m")),
        new Case(
            "a lower-is-better target missed without its reason",
            withoutReason(
                measure("ร้อยละ", Direction.LOWER_IS_BETTER, "0.2", null, "0.3", null, null, null)),
            List.of("ERROR notAchievedReason tidtam.indicator.reasonRequired")));
  }

  /**
   * The problems of {@code violations} under the measure at {@code prefix} (e.g. {@code
   * results[0].measure}), in the form of {@link Case#expected}, sorted.
   */
  public static List<String> under(String prefix, List<Violation> violations) {
    String start = prefix + ".";
    return violations.stream()
        .filter(v -> v.path().startsWith(start))
        .map(v -> v.severity() + " " + v.path().substring(start.length()) + " " + v.message().key())
        .sorted()
        .toList();
  }

  /** The expected problems of a case, sorted as {@link #under} gives them. */
  public static List<String> expected(Case c) {
    return c.expected().stream().sorted().toList();
  }

  private static IndicatorMeasure measure(
      String unit,
      Direction direction,
      @Nullable String target,
      @Nullable String targetNote,
      @Nullable String result,
      @Nullable String numerator,
      @Nullable String denominator,
      @Nullable Assessment override) {
    return new IndicatorMeasure(
        unit,
        direction,
        decimal(target),
        targetNote,
        decimal(result),
        decimal(numerator),
        decimal(denominator),
        override,
        null,
        "งบประมาณได้รับจัดสรรล่าช้า");
  }

  private static IndicatorMeasure withoutReason(IndicatorMeasure m) {
    return new IndicatorMeasure(
        m.unit(),
        m.direction(),
        m.target(),
        m.targetNote(),
        m.result(),
        m.numerator(),
        m.denominator(),
        m.assessmentOverride(),
        m.explanation(),
        null);
  }

  private static @Nullable BigDecimal decimal(@Nullable String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
