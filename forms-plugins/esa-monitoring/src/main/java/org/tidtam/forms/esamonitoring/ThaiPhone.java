package org.tidtam.forms.esamonitoring;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A Thai phone number written the usual way: {@code 0X-XXXX-XXXX} (e.g. 07-5611-2345) or {@code
 * 0XX-XXX-XXXX} (e.g. 081-234-5678). Empty passes; use {@code @NotBlank} to require it.
 */
@Documented
@Constraint(validatedBy = ThaiPhone.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ThaiPhone {
  String message() default "{tidtam.form71.phone.format}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ThaiPhone, String> {
    private static final Pattern PHONE =
        Pattern.compile("0\\d-\\d{4}-\\d{4}|0\\d{2}-\\d{3}-\\d{4}");

    @Override
    public boolean isValid(String phone, ConstraintValidatorContext context) {
      return phone == null || phone.isBlank() || PHONE.matcher(phone.strip()).matches();
    }
  }
}
