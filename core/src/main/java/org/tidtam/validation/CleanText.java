package org.tidtam.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text must say something: a value made only of dashes, dots or spaces ({@code "-"}, {@code "."},
 * {@code "–"}) is rejected, so reporters tick an explicit "ไม่มี" instead of inventing filler.
 * Empty and null values pass (use {@code @NotBlank} for required fields).
 */
@Documented
@Constraint(validatedBy = CleanText.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.TYPE_USE
})
public @interface CleanText {
  String message() default "{org.tidtam.validation.CleanText.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts text that has at least one character other than filler. */
  final class Validator implements ConstraintValidator<CleanText, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      if (value == null || value.isEmpty()) {
        return true;
      }
      return value.codePoints().anyMatch(c -> !isFiller(c));
    }

    /** Whether a character is filler: white space, a dash, a dot, an underscore or invisible. */
    public static boolean isFiller(int c) {
      return Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || c == '-'
          || c == '.'
          || c == '\u2013'
          || c == '\u2014'
          || c == '\u2212'
          || c == '_'
          || c == '\u200B'
          || c == '\uFEFF';
    }
  }
}
