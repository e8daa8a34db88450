package org.tidtam.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Length;

/**
 * How {@link FormValidator} measures texts for {@code @Size} and {@code @Length}: in characters
 * (Unicode code points), as JSON Schema's {@code maxLength}, databases and readers count them, not
 * in UTF-16 units, where an emoji counts twice. Lists keep Jakarta's own {@code @Size}.
 */
public final class TextLength {
  private TextLength() {}

  /** The number of characters of a text. */
  public static int of(String text) {
    return text.codePointCount(0, text.length());
  }

  /** {@code @Size} on a text. */
  public static final class SizeValidator implements ConstraintValidator<Size, String> {
    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
      min = size.min();
      max = size.max();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      int length = of(text);
      return length >= min && length <= max;
    }
  }

  /** Hibernate's {@code @Length} on a text. */
  public static final class LengthValidator implements ConstraintValidator<Length, String> {
    private int min;
    private int max;

    @Override
    public void initialize(Length length) {
      min = length.min();
      max = length.max();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      int length = of(text);
      return length >= min && length <= max;
    }
  }
}
