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
  public static final class SizeValidator extends Bounds<Size> {
    @Override
    public void initialize(Size size) {
      bounds(size.min(), size.max());
    }
  }

  /** Hibernate's {@code @Length} on a text. */
  public static final class LengthValidator extends Bounds<Length> {
    @Override
    public void initialize(Length length) {
      bounds(length.min(), length.max());
    }
  }

  /** A text of at least {@code min} and at most {@code max} characters; no text is valid. */
  private abstract static class Bounds<A extends java.lang.annotation.Annotation>
      implements ConstraintValidator<A, String> {
    private int min;
    private int max;

    void bounds(int min, int max) {
      this.min = min;
      this.max = max;
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
