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
import org.tidtam.validation.RuleReport;

/**
 * Which projects drive the indicator of a submitted result row, or that it is routine work without
 * a project, but not both. What the measure itself must say is core's indicator rule.
 */
@Documented
@Constraint(validatedBy = ResultRules.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultRules {
  String message() default "{tidtam.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ResultRules, IndicatorResult> {
    @Override
    public boolean isValid(IndicatorResult r, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (r.projectCodes().isEmpty() && !r.routineWork()) {
        rules.at("projectCodes", "tidtam.form71.projects.required");
      } else if (!r.projectCodes().isEmpty() && r.routineWork()) {
        rules.at("routineWork", "tidtam.form71.projects.routineWithProjects");
      }
      return rules.valid();
    }
  }
}
