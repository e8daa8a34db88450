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
 * A report says what the group did: the results of its indicators or, for a group that owns no
 * indicator of the plan (personnel, legal affairs, internal audit), a summary of its routine work.
 */
@Documented
@Constraint(validatedBy = ResultsOrRoutineWork.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResultsOrRoutineWork {
  String message() default "{tidtam.form71.results.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ResultsOrRoutineWork, EsaMonitoring> {
    @Override
    public boolean isValid(EsaMonitoring form, ConstraintValidatorContext context) {
      if (!form.results().isEmpty() || !Checks.blank(form.routineWorkSummary())) {
        return true;
      }
      RuleReport rules = RuleReport.of(context);
      rules.at("results", "tidtam.form71.results.required");
      return rules.valid();
    }
  }
}
