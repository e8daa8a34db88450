package org.tidtam.testforms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A cross-field rule of the test form: no row spends more than the whole budget. */
@Constraint(validatedBy = AmountsWithinBudget.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AmountsWithinBudget {
  String message() default "{T.1.amountsWithinBudget}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports each offending row at {@code rows[i].amount}. */
  final class Validator implements ConstraintValidator<AmountsWithinBudget, TestReport> {
    @Override
    public boolean isValid(TestReport report, ConstraintValidatorContext context) {
      if (report.budget() == null || report.rows() == null) {
        return true;
      }
      boolean valid = true;
      context.disableDefaultConstraintViolation();
      for (int i = 0; i < report.rows().size(); i++) {
        Row row = report.rows().get(i);
        if (row.amount() != null && row.amount().compareTo(report.budget()) > 0) {
          valid = false;
          context
              .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("rows")
              .addPropertyNode("amount")
              .inIterable()
              .atIndex(i)
              .addConstraintViolation();
        }
      }
      return valid;
    }
  }
}
