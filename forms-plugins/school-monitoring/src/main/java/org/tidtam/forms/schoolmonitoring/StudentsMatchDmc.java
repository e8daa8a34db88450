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
 * The students counted in the table are those of the DMC snapshot; a difference is flagged, not
 * blocked (a warning at {@code students}).
 */
@Documented
@Constraint(validatedBy = StudentsMatchDmc.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StudentsMatchDmc {
  String message() default "{tidtam.form73.students.dmcMismatch}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<StudentsMatchDmc, SchoolMonitoring> {
    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      Integer dmc = form.dmcStudents();
      if (dmc == null || dmc == form.totalStudents()) {
        return true;
      }
      RuleReport.of(context)
          .param("total", form.totalStudents())
          .param("dmc", dmc)
          .param("difference", Math.abs(form.totalStudents() - dmc))
          .at("students", "tidtam.form73.students.dmcMismatch");
      return false;
    }
  }
}
