package org.tidtam.forms.projectreport;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text that says something: not only dashes, dots or other punctuation ("-", "..."). */
@Documented
@Constraint(validatedBy = Meaningful.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Meaningful {
  String message() default "{tidtam.form72.meaningless}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<Meaningful, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null
          || text.isBlank()
          || text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
  }
}
