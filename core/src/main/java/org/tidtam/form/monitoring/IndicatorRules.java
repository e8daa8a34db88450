package org.tidtam.form.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.Units;
import org.tidtam.validation.RuleReport;

/**
 * The one rule of an indicator's values, the same in every form: a success level (milestone) is
 * level 1–5 for the target and every result; a percentage (unit ร้อยละ) lies in 0–100; the counts
 * (จำนวนที่ผ่านเกณฑ์ / จำนวนทั้งหมด) come as a pair, with a positive total that the passing count
 * does not exceed.
 */
public final class IndicatorRules {
  private static final BigDecimal LEVEL_MAX = BigDecimal.valueOf(5);

  private IndicatorRules() {}

  /** Whether a unit is a percentage (ร้อยละ), so that values lie between 0 and 100. */
  public static boolean percentUnit(@Nullable String unit) {
    return Units.percent(unit);
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
