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

/**
 * The project states at least one target, quantitative or qualitative: many projects have targets
 * of one kind only.
 */
@Documented
@Constraint(validatedBy = TargetsGiven.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TargetsGiven {
  String message() default "{tidtam.form72.targets.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<TargetsGiven, ProjectReport> {
    @Override
    public boolean isValid(ProjectReport form, ConstraintValidatorContext context) {
      if (!form.quantitativeTargets().isEmpty() || !form.qualitativeTargets().isEmpty()) {
        return true;
      }
      RuleReport rules = RuleReport.of(context);
      rules.at("quantitativeTargets", "tidtam.form72.targets.required");
      return rules.valid();
    }
  }
}
