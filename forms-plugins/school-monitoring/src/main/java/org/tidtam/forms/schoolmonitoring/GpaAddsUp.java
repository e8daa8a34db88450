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
import org.tidtam.validation.RuleReport;

/**
 * The students at grade 3 or better are no more than the students graded; reported on {@code
 * gradeThreeUp}.
 */
@Documented
@Constraint(validatedBy = GpaAddsUp.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GpaAddsUp {
  String message() default "{tidtam.form73.gpa.aboveGraded}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<GpaAddsUp, GpaRow> {
    @Override
    public boolean isValid(GpaRow row, ConstraintValidatorContext context) {
      if (row.gradeThreeUp() <= row.graded()) {
        return true;
      }
      RuleReport.of(context)
          .param("graded", row.graded())
          .at("gradeThreeUp", "tidtam.form73.gpa.aboveGraded");
      return false;
    }
  }
}
