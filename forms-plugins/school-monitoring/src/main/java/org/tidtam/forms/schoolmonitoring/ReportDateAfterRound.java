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
import java.time.LocalDate;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.ThaiDates;
import org.tidtam.validation.RuleReport;

/**
 * A report is dated at or after the end of its round (a warning at {@code reporter.date}): results
 * reported earlier are not final.
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
  final class Validator implements ConstraintValidator<ReportDateAfterRound, SchoolMonitoring> {
    @Override
    public boolean isValid(SchoolMonitoring form, ConstraintValidatorContext context) {
      if (form.round() == null
          || form.reporter() == null
          || form.reporter().date() == null
          || !form.knownYear()) {
        return true;
      }
      LocalDate end = form.round().period(FiscalYear.ofBe(form.fiscalYear())).end();
      if (!form.reporter().date().isBefore(end)) {
        return true;
      }
      RuleReport.of(context)
          .param("roundEnd", ThaiDates.shortDate(end))
          .at("reporter.date", "tidtam.reporter.dateBeforeRoundEnd");
      return false;
    }
  }
}
