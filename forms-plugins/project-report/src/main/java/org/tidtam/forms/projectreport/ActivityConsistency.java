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

/** A cancelled activity says why and has spent nothing. */
@Documented
@Constraint(validatedBy = ActivityConsistency.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActivityConsistency {
  String message() default "{tidtam.form72.activity.cancelledReason}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ActivityConsistency, Activity> {
    @Override
    public boolean isValid(Activity activity, ConstraintValidatorContext context) {
      if (activity.status() != OperationStatus.CANCELLED) {
        return true;
      }
      RuleReport rules = RuleReport.of(context);
      if (Checks.blank(activity.reason())) {
        rules.at("reason", "tidtam.form72.activity.cancelledReason");
      }
      if (Checks.positive(activity.spent())) {
        rules.at("spent", "tidtam.form72.activity.cancelledSpent");
      }
      return rules.valid();
    }
  }
}
