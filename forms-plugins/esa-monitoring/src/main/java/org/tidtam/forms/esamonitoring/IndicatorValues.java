package org.tidtam.forms.esamonitoring;

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
 * A target or result in percent lies in 0–100 (a negative target is refused by its own rule), a
 * milestone level in 0–5, and the counts (ผลงาน/ฐาน) come as a pair with a positive base that the
 * count does not exceed.
 */
@Documented
@Constraint(validatedBy = IndicatorValues.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorValues {
  String message() default "{tidtam.form71.percent.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorValues, IndicatorResult> {
    private static final BigDecimal LEVEL_MAX = BigDecimal.valueOf(5);

    @Override
    public boolean isValid(IndicatorResult r, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      BigDecimal result = r.result();
      if (r.direction() == Direction.MILESTONE) {
        if (outside(result, BigDecimal.ZERO, LEVEL_MAX)) {
          rules.at("result", "tidtam.form71.level.range");
        }
      } else if (r.percentUnit() && outside(result, BigDecimal.ZERO, Amounts.HUNDRED)) {
        rules.at("result", "tidtam.form71.percent.range");
      }
      if (r.percentUnit()
          && r.direction() != Direction.MILESTONE
          && r.target() != null
          && r.target().compareTo(Amounts.HUNDRED) > 0) {
        rules.at("target", "tidtam.form71.percent.range");
      }
      BigDecimal num = r.numerator();
      BigDecimal den = r.denominator();
      if (num != null && num.signum() < 0) {
        rules.at("numerator", "tidtam.form71.notNegative");
      }
      if (num != null && den == null) {
        rules.at("denominator", "tidtam.form71.counts.pair");
      } else if (den != null && num == null) {
        rules.at("numerator", "tidtam.form71.counts.pair");
      } else if (den != null && den.signum() <= 0) {
        rules.at("denominator", "tidtam.form71.counts.denominatorPositive");
      } else if (num != null && den != null && num.compareTo(den) > 0) {
        rules.at("numerator", "tidtam.form71.counts.numeratorAboveDenominator");
      }
      return rules.valid();
    }

    private static boolean outside(@Nullable BigDecimal value, BigDecimal min, BigDecimal max) {
      return value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0);
    }
  }
}
