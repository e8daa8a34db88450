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
import java.time.LocalDate;
import org.tidtam.thai.ThaiDates;
import org.tidtam.validation.RuleReport;

/**
 * The data are as of a day within the round or after it, never before the round starts. That the
 * day is not in the future is checked on submit by {@code @PastOrPresent} on {@link
 * EsaMonitoring#dataAsOf()}.
 */
@Documented
@Constraint(validatedBy = DataAsOfInRound.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DataAsOfInRound {
  String message() default "{tidtam.form71.dataAsOf.beforeRound}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<DataAsOfInRound, EsaMonitoring> {
    @Override
    public boolean isValid(EsaMonitoring form, ConstraintValidatorContext context) {
      LocalDate asOf = form.dataAsOf();
      if (asOf == null || form.roundPeriod() == null) {
        return true;
      }
      LocalDate start = form.roundPeriod().start();
      if (!asOf.isBefore(start)) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("roundStart", ThaiDates.longDate(start));
      rules.at("dataAsOf", "tidtam.form71.dataAsOf.beforeRound");
      return rules.valid();
    }
  }
}
