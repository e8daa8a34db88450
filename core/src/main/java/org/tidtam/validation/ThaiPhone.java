package org.tidtam.validation;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tidtam.thai.PhoneNumbers;

/**
 * A Thai phone number as the office writes it ({@link PhoneNumbers#REGEX}): a 9-digit landline such
 * as 075-611-234, a 10-digit mobile such as 081-234-5678 or 0812345678, with hyphens or spaces, and
 * an optional extension such as "ต่อ 12". Empty and blank pass; use {@code @NotBlank} to require
 * it. A {@link Pattern}, so that the forms' JSON Schema says it too.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PhoneNumbers.REGEX)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ThaiPhone {
  @OverridesAttribute(constraint = Pattern.class, name = "message")
  String message() default "{org.tidtam.validation.ThaiPhone.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
