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

/** No more students of normal weight than students measured; reported on {@code normalWeight}. */
@Documented
@Constraint(validatedBy = HealthCounts.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HealthCounts {
  String message() default "{tidtam.form73.health.normalAboveMeasured}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<HealthCounts, Health> {
    @Override
    public boolean isValid(Health health, ConstraintValidatorContext context) {
      if (health.normalWeight() <= health.measured()) {
        return true;
      }
      RuleReport.of(context).at("normalWeight", "tidtam.form73.health.normalAboveMeasured");
      return false;
    }
  }
}
