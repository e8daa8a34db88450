package org.tidtam.forms.esamonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Thai phone number written the usual way: {@code 0X-XXXX-XXXX} (e.g. 07-5611-2345) or {@code
 * 0XX-XXX-XXXX} (e.g. 081-234-5678), with white space around it allowed. Empty and blank pass; use
 * {@code @NotBlank} to require it. A {@link Pattern}, so that the form's JSON Schema says it too.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = ThaiPhone.REGEX)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ThaiPhone {
  /** Blank, or one of the two layouts with optional white space around it. */
  String REGEX =
      "\\p{javaWhitespace}*(?:(?:0\\d-\\d{4}-\\d{4}|0\\d{2}-\\d{3}-\\d{4})\\p{javaWhitespace}*)?";

  @OverridesAttribute(constraint = Pattern.class, name = "message")
  String message() default "{tidtam.form71.phone.format}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
