package org.tidtam.form.monitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tidtam.validation.RuleReport;

/**
 * What a submitted measure must say ({@link IndicatorRules#checkComplete}): a target, numeric or
 * descriptive, and why the assessment was changed by hand.
 */
@Documented
@Constraint(validatedBy = IndicatorComplete.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorComplete {
  String message() default "{tidtam.indicator.targetRequired}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorComplete, IndicatorMeasure> {
    @Override
    public boolean isValid(IndicatorMeasure m, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      IndicatorRules.checkComplete(rules, m);
      return rules.valid();
    }
  }
}
