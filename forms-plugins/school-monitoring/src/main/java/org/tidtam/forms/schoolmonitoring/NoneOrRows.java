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
import java.util.List;
import org.tidtam.validation.RuleReport;

/**
 * Part 5 never forces text: for problems and for support needed, either "ไม่มี" is ticked or at
 * least one item is given, not both.
 */
@Documented
@Constraint(validatedBy = NoneOrRows.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoneOrRows {
  String message() default "{tidtam.form73.problems.noneOrRows}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<NoneOrRows, SchoolMonitoring> {
    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      check(rules, form.noProblems(), form.problems(), "problems", "noProblems");
      check(
          rules, form.noSupportNeeded(), form.supportNeeded(), "supportNeeded", "noSupportNeeded");
      return rules.valid();
    }

    private static void check(
        RuleReport rules, boolean none, List<String> rows, String list, String noneField) {
      if (!none && rows.isEmpty()) {
        rules.at(list, "tidtam.form73." + list + ".noneOrRows");
      } else if (none && !rows.isEmpty()) {
        rules.at(noneField, "tidtam.form73." + list + ".noneButRows");
      }
    }
  }
}
