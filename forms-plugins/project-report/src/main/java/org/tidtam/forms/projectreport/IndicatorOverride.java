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
import org.tidtam.validation.RuleReport;

/** A manual achieved/not-achieved assessment is explained. */
@Documented
@Constraint(validatedBy = IndicatorOverride.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorOverride {
  String message() default "{tidtam.form72.indicator.overrideExplanation}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorOverride, IndicatorResult> {
    @Override
    public boolean isValid(IndicatorResult r, ConstraintValidatorContext context) {
      if (r.achievedOverride() == null || !Checks.blank(r.overrideExplanation())) {
        return true;
      }
      RuleReport rules = RuleReport.of(context);
      rules.at("overrideExplanation", "tidtam.form72.indicator.overrideExplanation");
      return rules.valid();
    }
  }
}
