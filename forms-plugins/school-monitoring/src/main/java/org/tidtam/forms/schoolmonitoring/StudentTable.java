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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tidtam.validation.RuleReport;

/**
 * The student table matches the levels taught: one row per grade, no grade of a level that is not
 * taught, students in every level taught, and classrooms wherever there are students, unless the
 * grade studies with another one (คละชั้น).
 */
@Documented
@Constraint(validatedBy = StudentTable.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StudentTable {
  String message() default "{tidtam.form73.students.gradeNotOffered}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<StudentTable, SchoolMonitoring> {
    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      List<GradeCount> rows = form.students();
      Set<Grade> seen = EnumSet.noneOf(Grade.class);
      for (int i = 0; i < rows.size(); i++) {
        GradeCount row = rows.get(i);
        if (row.grade() == null) {
          continue;
        }
        if (!seen.add(row.grade())) {
          rules.atRow("students", i, "grade", "tidtam.form73.students.duplicateGrade");
        } else if (!form.levels().isEmpty() && !form.levels().contains(row.grade().level())) {
          rules.atRow("students", i, "grade", "tidtam.form73.students.gradeNotOffered");
        }
        if (row.total() > 0 && row.rooms() == 0 && row.studiesWith() == null) {
          rules.atRow("students", i, "rooms", "tidtam.form73.students.noRooms");
        }
      }
      for (Level level : form.levels()) {
        boolean hasStudents =
            rows.stream()
                .anyMatch(r -> r.grade() != null && r.grade().level() == level && r.total() > 0);
        if (!hasStudents) {
          rules.at("students", "tidtam.form73.students.missing." + level.name());
        }
      }
      return rules.valid();
    }
  }
}
