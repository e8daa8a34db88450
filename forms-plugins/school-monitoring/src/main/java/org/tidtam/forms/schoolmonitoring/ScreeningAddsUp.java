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

/** The four levels of a screening row add up to the students tested; reported on {@code tested}. */
@Documented
@Constraint(validatedBy = ScreeningAddsUp.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ScreeningAddsUp {
  String message() default "{tidtam.form73.screening.sumMismatch}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ScreeningAddsUp, ScreeningRow> {
    @Override
    public boolean isValid(ScreeningRow row, ConstraintValidatorContext context) {
      if (row.sum() == row.tested()) {
        return true;
      }
      RuleReport rules =
          RuleReport.of(context).param("sum", row.sum()).param("tested", row.tested());
      rules.at("tested", "tidtam.form73.screening.sumMismatch");
      return false;
    }
  }
}
