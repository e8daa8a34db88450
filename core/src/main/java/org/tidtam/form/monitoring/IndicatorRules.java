package org.tidtam.form.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.Units;
import org.tidtam.validation.RuleReport;

/**
 * The one rule of an indicator's values, the same in every form: a success level (milestone) is
 * level 1–5 for the target and every result; a percentage (unit ร้อยละ) lies in 0–100; the counts
 * (จำนวนที่ผ่านเกณฑ์ / จำนวนทั้งหมด) come as a pair, with a positive total that the passing count
 * does not exceed. On submit a measure has a target (a number or a descriptive note) and a manual
 * assessment that contradicts the computed one is explained; the 12-month report assesses every
 * indicator as achieved or not, with the reason for each target not met ({@link
 * #checkTwelveMonths}).
 */
public final class IndicatorRules {
  private static final BigDecimal LEVEL_MAX = BigDecimal.valueOf(5);

  private IndicatorRules() {}

  /** Whether a unit is a percentage (ร้อยละ), so that values lie between 0 and 100. */
  public static boolean percentUnit(@Nullable String unit) {
    return Units.percent(unit);
  }

  /** Reports every value of a measure that breaks the rule, at its property. */
  public static void check(RuleReport rules, IndicatorMeasure m) {
    check(
        rules,
        m.direction(),
        m.percentUnit(),
        m.target(),
        m.result() == null ? Map.of() : Map.of("result", m.result()),
        m.numerator(),
        m.denominator());
  }

  /**
   * Reports what a submitted measure lacks: a target, numeric or descriptive ({@code target}), and
   * the explanation of an assessment given by hand that contradicts the computed one ({@code
   * explanation}).
   */
  public static void checkComplete(RuleReport rules, IndicatorMeasure m) {
    if (m.target() == null && blank(m.targetNote())) {
      rules.at("target", "tidtam.indicator.targetRequired");
    }
    if (m.overridden() && blank(m.explanation())) {
      rules.at("explanation", "tidtam.indicator.explanationRequired");
    }
  }

  /**
   * The 12-month rule of a table of indicators ({@code table}, each row's measure at {@code
   * measureProperty}): every row has a result (or an assessment given by hand), none is still in
   * progress, every target not met has its reason; and when any is not met, the report lists its
   * problems ({@code hasProblems}, reported at {@code problems}).
   *
   * @return whether any target was not met
   */
  public static <R> boolean checkTwelveMonths(
      RuleReport rules,
      String table,
      List<R> rows,
      String measureProperty,
      Function<R, IndicatorMeasure> measure,
      boolean hasProblems) {
    boolean anyNotAchieved = false;
    for (int i = 0; i < rows.size(); i++) {
      IndicatorMeasure m = measure.apply(rows.get(i));
      if (m == null) {
        continue;
      }
      if (m.resultValue() == null && m.assessmentOverride() == null) {
        rules.atRow(table, i, measureProperty + ".result", "tidtam.indicator.result12mRequired");
      } else if (m.assessment() == Assessment.IN_PROGRESS) {
        rules.atRow(
            table, i, measureProperty + ".assessmentOverride", "tidtam.indicator.inProgressNot12m");
      } else if (m.assessment() == Assessment.NOT_ACHIEVED) {
        anyNotAchieved = true;
        if (blank(m.notAchievedReason())) {
          rules.atRow(
              table, i, measureProperty + ".notAchievedReason", "tidtam.indicator.reasonRequired");
        }
      }
    }
    if (anyNotAchieved && !hasProblems) {
      rules.at("problems", "tidtam.indicator.problemsWhenNotAchieved");
    }
    return anyNotAchieved;
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  /**
   * Reports every value that breaks the rule at its property: {@code target}, each entry of {@code
   * results} (property name to value), {@code numerator} and {@code denominator}.
   */
  public static void check(
      RuleReport rules,
      @Nullable Direction direction,
      boolean percentUnit,
      @Nullable BigDecimal target,
      Map<String, ? extends @Nullable BigDecimal> results,
      @Nullable BigDecimal numerator,
      @Nullable BigDecimal denominator) {
    if (direction == Direction.MILESTONE) {
      outside(rules, target, BigDecimal.ONE, LEVEL_MAX, "target", "tidtam.indicator.levelRange");
      results.forEach(
          (property, value) ->
              outside(
                  rules,
                  value,
                  BigDecimal.ONE,
                  LEVEL_MAX,
                  property,
                  "tidtam.indicator.levelRange"));
    } else if (percentUnit) {
      outside(rules, target, BigDecimal.ZERO, Amounts.HUNDRED, "target", "tidtam.percent.range");
      results.forEach(
          (property, value) ->
              outside(
                  rules,
                  value,
                  BigDecimal.ZERO,
                  Amounts.HUNDRED,
                  property,
                  "tidtam.percent.range"));
    }
    if (numerator != null && numerator.signum() < 0) {
      rules.at("numerator", "tidtam.notNegative");
    }
    if (numerator != null && denominator == null) {
      rules.at("denominator", "tidtam.indicator.countsPair");
    } else if (denominator != null && numerator == null) {
      rules.at("numerator", "tidtam.indicator.countsPair");
    } else if (denominator != null && denominator.signum() <= 0) {
      rules.at("denominator", "tidtam.indicator.denominatorPositive");
    } else if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
      rules.at("numerator", "tidtam.indicator.numeratorAboveDenominator");
    }
  }

  private static void outside(
      RuleReport rules,
      @Nullable BigDecimal value,
      BigDecimal min,
      BigDecimal max,
      String property,
      String key) {
    if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
      rules.at(property, key);
    }
  }
}
