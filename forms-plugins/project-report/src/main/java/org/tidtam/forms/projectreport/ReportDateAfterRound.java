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
import java.time.LocalDate;
import org.tidtam.form.Signature;
import org.tidtam.thai.ThaiDates;
import org.tidtam.validation.RuleReport;

/**
 * The report is dated on or after the end of its round (a warning: the plan may allow an earlier
 * progress report).
 */
@Documented
@Constraint(validatedBy = ReportDateAfterRound.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportDateAfterRound {
  String message() default "{tidtam.form72.reporter.dateBeforeRoundEnd}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ReportDateAfterRound, ProjectReport> {
    @Override
    public boolean isValid(ProjectReport form, ConstraintValidatorContext context) {
      Signature reporter = form.reporter();
      if (reporter == null
          || reporter.date() == null
          || form.round() == null
          || !FiscalPeriods.known(form.fiscalYear())) {
        return true;
      }
      LocalDate end = FiscalPeriods.roundEnd(form.fiscalYear(), form.round());
      if (!reporter.date().isBefore(end)) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("roundEnd", ThaiDates.shortDate(end));
      rules.at("reporter.date", "tidtam.form72.reporter.dateBeforeRoundEnd");
      return rules.valid();
    }
  }
}
