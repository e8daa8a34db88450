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
import java.util.List;
import org.tidtam.form.monitoring.IndicatorRules;
import org.tidtam.thai.Round;
import org.tidtam.validation.RuleReport;

/**
 * What the final (12-month) report must contain: the 12-month rule of the indicators shared with
 * form 7.1 ({@link IndicatorRules#checkTwelveMonths}), outputs, outcomes and the success level, the
 * 12-month spending of every source, no money spent on an activity that never started, and what
 * happens to money left over of a source that is returned or carried over ({@link
 * FundingSource#leftoverHandled()}). In the 6-month round: the progress percentage.
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
  final class Validator implements ConstraintValidator<TwelveMonthCompleteness, ProjectReport> {
    @Override
    public boolean isValid(ProjectReport form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (form.round() == Round.ROUND_6M) {
        if (form.progressPercent() == null) {
          rules.at("progressPercent", "tidtam.required6m");
        }
        return rules.valid();
      }
      if (form.round() != Round.ROUND_12M) {
        return true;
      }
      String required = "tidtam.required12m";
      IndicatorRules.checkTwelveMonths(
          rules,
          "indicatorResults",
          form.indicatorResults(),
          "measure",
          IndicatorResult::measure,
          !form.problems().isEmpty());
      if (Checks.blank(form.outputs())) {
        rules.at("outputs", required);
      }
      if (Checks.blank(form.outcomes())) {
        rules.at("outcomes", required);
      }
      if (form.successLevel() == null) {
        rules.at("successLevel", required);
      }
      List<Activity> activities = form.activities();
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        if (a.status() == OperationStatus.NOT_STARTED && Checks.positive(a.spent())) {
          rules.atRow("activities", i, "spent", "tidtam.form72.activity.notStartedSpent");
        }
      }
      List<FundingRow> funding = form.fundingSources();
      for (int i = 0; i < funding.size(); i++) {
        if (funding.get(i).spent12m() == null) {
          rules.atRow("fundingSources", i, "spent12m", required);
        }
      }
      if (Checks.positive(form.remainingToHandle())) {
        rules.param("remaining", Checks.baht(form.remainingToHandle()));
        if (form.leftoverHandling() == null) {
          rules.at("leftoverHandling", "tidtam.form72.leftover.required");
        } else if (form.leftoverHandling() == LeftoverHandling.OTHER
            && Checks.blank(form.leftoverNote())) {
          rules.at("leftoverNote", "tidtam.form72.leftover.noteRequired");
        }
      }
      return rules.valid();
    }
  }
}
