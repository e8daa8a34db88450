package org.tidtam.forms.projectreport;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Direction;
import org.tidtam.thai.Amounts;
import org.tidtam.validation.RuleReport;

/**
 * Targets and results in percent lie in 0-100 (a negative target is refused by its own rule),
 * milestone levels in 1-5, and counts make a valid ratio.
 */
@Documented
@Constraint(validatedBy = IndicatorValues.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorValues {
  String message() default "{tidtam.form72.percent.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorValues, IndicatorResult> {
    @Override
    public boolean isValid(IndicatorResult r, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (r.percentUnit()) {
        if (r.target() != null && r.target().compareTo(Amounts.HUNDRED) > 0) {
          rules.at("target", "tidtam.form72.percent.range");
        }
        outside(
            rules,
            r.result6m(),
            BigDecimal.ZERO,
            Amounts.HUNDRED,
            "result6m",
            "tidtam.form72.percent.range");
        outside(
            rules,
            r.result12m(),
            BigDecimal.ZERO,
            Amounts.HUNDRED,
            "result12m",
            "tidtam.form72.percent.range");
      }
      if (r.direction() == Direction.MILESTONE) {
        outside(
            rules,
            r.target(),
            BigDecimal.ONE,
            LEVEL_MAX,
            "target",
            "tidtam.form72.indicator.levelRange");
        outside(
            rules,
            r.result6m(),
            BigDecimal.ZERO,
            LEVEL_MAX,
            "result6m",
            "tidtam.form72.indicator.levelRange");
        outside(
            rules,
            r.result12m(),
            BigDecimal.ZERO,
            LEVEL_MAX,
            "result12m",
            "tidtam.form72.indicator.levelRange");
      }
      if (r.numerator() != null && r.numerator().signum() < 0) {
        rules.at("numerator", "tidtam.form72.notNegative");
      }
      if (r.denominator() != null && r.denominator().signum() <= 0) {
        rules.at("denominator", "tidtam.form72.indicator.denominatorPositive");
      } else if (r.numerator() != null
          && r.denominator() != null
          && r.percentUnit()
          && r.numerator().compareTo(r.denominator()) > 0) {
        rules.at("numerator", "tidtam.form72.indicator.numeratorAboveDenominator");
      }
      return rules.valid();
    }

    private static final BigDecimal LEVEL_MAX = BigDecimal.valueOf(5);

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
}
