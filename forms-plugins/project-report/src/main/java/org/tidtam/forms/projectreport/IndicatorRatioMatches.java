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
import java.math.BigDecimal;
import org.tidtam.validation.RuleReport;

/**
 * A typed percentage agrees with the percentage computed from the counts (a warning); for other
 * units the counts are information only.
 */
@Documented
@Constraint(validatedBy = IndicatorRatioMatches.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorRatioMatches {
  String message() default "{tidtam.form72.indicator.ratioMismatch}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<IndicatorRatioMatches, IndicatorResult> {
    @Override
    public boolean isValid(IndicatorResult r, ConstraintValidatorContext context) {
      BigDecimal ratio = r.countedResult();
      BigDecimal typed = r.result12m() != null ? r.result12m() : r.result6m();
      if (ratio == null || typed == null || ratio.subtract(typed).abs().compareTo(TOLERANCE) <= 0) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("ratio", ratio.toPlainString());
      rules.at(
          r.result12m() != null ? "result12m" : "result6m",
          "tidtam.form72.indicator.ratioMismatch");
      return rules.valid();
    }

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
  }
}
