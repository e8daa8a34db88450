package org.tidtam.form.monitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tidtam.thai.Round;

/** The monitoring forms are reported only in the 6- and 12-month rounds. */
@Documented
@Constraint(validatedBy = ReportRound.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportRound {
  String message() default "{tidtam.round.notAllowed}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ReportRound, Round> {
    @Override
    public boolean isValid(Round round, ConstraintValidatorContext context) {
      return round == null || round == Round.ROUND_6M || round == Round.ROUND_12M;
    }
  }
}
