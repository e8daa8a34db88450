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
import java.math.BigDecimal;
import org.tidtam.validation.RuleReport;

/**
 * A typed percentage agrees with the percentage computed from the counts (meant as a warning); for
 * other units the counts are information only.
 */
@Documented
@Constraint(validatedBy = IndicatorRatioMatches.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorRatioMatches {
  String message() default "{tidtam.indicator.ratioMismatch}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorRatioMatches, IndicatorMeasure> {
    @Override
    public boolean isValid(IndicatorMeasure m, ConstraintValidatorContext context) {
      BigDecimal counted = m.countedResult();
      BigDecimal typed = m.result();
      if (counted == null
          || typed == null
          || counted.subtract(typed).abs().compareTo(TOLERANCE) <= 0) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("ratio", counted.toPlainString());
      rules.at("result", "tidtam.indicator.ratioMismatch");
      return rules.valid();
    }

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
  }
}
