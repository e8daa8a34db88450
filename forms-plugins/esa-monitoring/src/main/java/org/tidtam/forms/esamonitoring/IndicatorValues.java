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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.monitoring.IndicatorRules;
import org.tidtam.validation.RuleReport;

/** The values of a row follow the one indicator rule of the forms ({@link IndicatorRules}). */
@Documented
@Constraint(validatedBy = IndicatorValues.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorValues {
  String message() default "{tidtam.percent.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorValues, IndicatorResult> {
    @Override
    public boolean isValid(IndicatorResult r, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      Map<String, @Nullable BigDecimal> results = new LinkedHashMap<>();
      results.put("result", r.result());
      IndicatorRules.check(
          rules,
          r.direction(),
          r.percentUnit(),
          r.target(),
          results,
          r.numerator(),
          r.denominator());
      return rules.valid();
    }
  }
}
