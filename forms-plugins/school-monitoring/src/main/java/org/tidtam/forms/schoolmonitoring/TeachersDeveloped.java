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
 * The teachers counted in teacher development (PLC, Active Learning, Coding, AI) are among the
 * school's teachers, so no count exceeds {@code staff.teachers()}: a PLC above 100 % is a typing
 * error. Reported on the count, e.g. {@code teacherDevelopment.inPlc}.
 */
@Documented
@Constraint(validatedBy = TeachersDeveloped.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TeachersDeveloped {
  String message() default "{tidtam.form73.teacherDevelopment.aboveTeachers}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<TeachersDeveloped, SchoolMonitoring> {
    private static final String KEY = "tidtam.form73.teacherDevelopment.aboveTeachers";

    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      TeacherDevelopment dev = form.teacherDevelopment();
      if (dev == null || form.staff() == null) {
        return true;
      }
      int teachers = form.staff().teachers();
      RuleReport rules = RuleReport.of(context).param("teachers", teachers);
      check(rules, dev.inPlc(), teachers, "inPlc");
      check(rules, dev.activeLearning(), teachers, "activeLearning");
      check(rules, dev.coding(), teachers, "coding");
      check(rules, dev.ai(), teachers, "ai");
      return rules.valid();
    }

    private static void check(RuleReport rules, int count, int teachers, String property) {
      if (count > teachers) {
        rules.at("teacherDevelopment." + property, KEY);
      }
    }
  }
}
