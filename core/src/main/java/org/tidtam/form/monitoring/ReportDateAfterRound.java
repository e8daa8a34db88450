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
import java.time.LocalDate;
import org.tidtam.form.Signature;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;
import org.tidtam.validation.RuleReport;

/**
 * The report is dated ({@code reporter.date}) on or after the end of its round: 31 March for the
 * 6-month round, 30 September for the 12-month one (meant as a warning: the plan may allow an
 * earlier progress report).
 */
@Documented
@Constraint(validatedBy = ReportDateAfterRound.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportDateAfterRound {
  String message() default "{tidtam.reporter.dateBeforeRoundEnd}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ReportDateAfterRound, RoundReport> {
    @Override
    public boolean isValid(RoundReport report, ConstraintValidatorContext context) {
      Signature reporter = report.reporter();
      Round round = report.round();
      int year = report.fiscalYear();
      if (reporter == null
          || reporter.date() == null
          || round == null
          || year <= 2400
          || year >= 3000) {
        return true;
      }
      LocalDate end = round.period(FiscalYear.ofBe(year)).end();
      if (!reporter.date().isBefore(end)) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("roundEnd", ThaiDates.shortDate(end));
      rules.at("reporter.date", "tidtam.reporter.dateBeforeRoundEnd");
      return rules.valid();
    }
  }
}
