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
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.thai.Round;
import org.tidtam.validation.RuleReport;

/**
 * What the final (12-month) report must contain: a result for every indicator, an assessment of
 * achieved or not achieved (never "in progress"), at least one piece of evidence per indicator, and
 * the problems when a target was not achieved.
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
      List<IndicatorResult> results = form.results();
      boolean anyNotAchieved = false;
      for (int i = 0; i < results.size(); i++) {
        IndicatorResult r = results.get(i);
        if (r.resultValue() == null && r.assessmentOverride() == null) {
          rules.atRow("results", i, "result", "tidtam.form71.result.required12m");
        } else if (r.assessment() == Assessment.IN_PROGRESS) {
          rules.atRow("results", i, "assessmentOverride", "tidtam.form71.inProgress.notIn12m");
        }
        if (r.evidenceUrls().isEmpty()) {
          rules.atRow("results", i, "evidenceUrls", "tidtam.form71.evidence.required12m");
        }
        anyNotAchieved |= r.assessment() == Assessment.NOT_ACHIEVED;
      }
      if (anyNotAchieved && form.problems().isEmpty()) {
        rules.at("problems", "tidtam.form71.problems.requiredWhenNotAchieved");
      }
      return rules.valid();
    }
  }
}
