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
 * The values of a measure follow the one indicator rule of the forms ({@link
 * IndicatorRules#check}).
 */
@Documented
@Constraint(validatedBy = IndicatorValues.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorValues {
  String message() default "{tidtam.percent.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorValues, IndicatorMeasure> {
    @Override
    public boolean isValid(IndicatorMeasure m, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      IndicatorRules.check(rules, m);
      return rules.valid();
    }
  }
}
