package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.RuleReport;

/**
 * A policy row that was not worked on says why; one that was names the projects or activities.
 * Reported on {@code notDoneReason} or {@code activities} of the row.
 */
@Documented
@Constraint(validatedBy = PolicyResultComplete.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PolicyResultComplete {
  String message() default "{tidtam.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<PolicyResultComplete, PolicyResult> {
    @Override
    public boolean isValid(PolicyResult row, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (row.status() == PolicyStatus.NOT_DONE && blank(row.notDoneReason())) {
        rules.at("notDoneReason", "tidtam.form73.policy.reasonRequired");
      }
      if (row.status() == PolicyStatus.DONE && blank(row.activities())) {
        rules.at("activities", "tidtam.form73.policy.activitiesRequired");
      }
      return rules.valid();
    }

    private static boolean blank(@Nullable String s) {
      return s == null || s.isBlank();
    }
  }
}
