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
import java.util.List;
import org.tidtam.form.monitoring.IndicatorRules;
import org.tidtam.thai.Round;
import org.tidtam.validation.RuleReport;

/**
 * What the final (12-month) report must contain: the 12-month rule of the indicators shared with
 * form 7.2 ({@link IndicatorRules#checkTwelveMonths}: a result and an assessment of achieved or not
 * for every indicator, the reason of each target not met, the problems when one was not met), and
 * at least one piece of evidence per indicator.
 */
@Documented
@Constraint(validatedBy = TwelveMonthCompleteness.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TwelveMonthCompleteness {
  String message() default "{tidtam.required12m}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<TwelveMonthCompleteness, EsaMonitoring> {
    @Override
    public boolean isValid(EsaMonitoring form, ConstraintValidatorContext context) {
      if (form.round() != Round.ROUND_12M) {
        return true;
      }
      RuleReport rules = RuleReport.of(context);
      IndicatorRules.checkTwelveMonths(
          rules,
          "results",
          form.results(),
          "measure",
          IndicatorResult::measure,
          !form.problems().isEmpty());
      List<IndicatorResult> results = form.results();
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).evidenceUrls().isEmpty()) {
          rules.atRow("results", i, "evidenceUrls", "tidtam.form71.evidence.required12m");
        }
      }
      return rules.valid();
    }
  }
}
