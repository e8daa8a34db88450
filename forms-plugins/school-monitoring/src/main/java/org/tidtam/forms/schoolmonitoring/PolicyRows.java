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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tidtam.validation.RuleReport;

/** Each policy item is reported once; a repeated item is reported on its {@code policyCode}. */
@Documented
@Constraint(validatedBy = PolicyRows.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PolicyRows {
  String message() default "{tidtam.form73.policy.duplicate}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<PolicyRows, SchoolMonitoring> {
    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      Set<String> seen = new HashSet<>();
      List<PolicyResult> rows = form.policies();
      for (int i = 0; i < rows.size(); i++) {
        String code = rows.get(i).policyCode();
        if (code != null && !code.isBlank() && !seen.add(code)) {
          rules.atRow("policies", i, "policyCode", "tidtam.form73.policy.duplicate");
        }
      }
      return rules.valid();
    }
  }
}
