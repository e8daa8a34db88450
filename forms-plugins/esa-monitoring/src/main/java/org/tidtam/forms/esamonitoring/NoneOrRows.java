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
 * Sections 4 and 5 are answered: at least one best practice or the "ไม่มี" tick, at least one
 * problem or the "ไม่มี" tick, and never both a tick and rows.
 */
@Documented
@Constraint(validatedBy = NoneOrRows.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoneOrRows {
  String message() default "{tidtam.form71.noneOrRows}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<NoneOrRows, EsaMonitoring> {
    @Override
    public boolean isValid(EsaMonitoring form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (form.bestPractices().isEmpty() && !form.noBestPractice()) {
        rules.at("bestPractices", "tidtam.form71.bestPractices.required");
      } else if (!form.bestPractices().isEmpty() && form.noBestPractice()) {
        rules.at("noBestPractice", "tidtam.form71.noneWithRows");
      }
      if (form.problems().isEmpty() && !form.noProblems()) {
        rules.at("problems", "tidtam.form71.problems.required");
      } else if (!form.problems().isEmpty() && form.noProblems()) {
        rules.at("noProblems", "tidtam.form71.noneWithRows");
      }
      return rules.valid();
    }
  }
}
