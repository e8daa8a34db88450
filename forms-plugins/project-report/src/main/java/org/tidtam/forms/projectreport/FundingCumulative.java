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
import org.tidtam.validation.RuleReport;

/**
 * The 12-month disbursement is cumulative, so it is normally not below the 6-month one; a warning
 * only, since a refund or a correction of the ledger does lower it.
 */
@Documented
@Constraint(validatedBy = FundingCumulative.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FundingCumulative {
  String message() default "{tidtam.form72.funding.spent12mBelow6m}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<FundingCumulative, FundingRow> {
    @Override
    public boolean isValid(FundingRow row, ConstraintValidatorContext context) {
      if (row.spent6m() == null
          || row.spent12m() == null
          || row.spent12m().compareTo(row.spent6m()) >= 0) {
        return true;
      }
      RuleReport rules = RuleReport.of(context).param("spent6m", Checks.baht(row.spent6m()));
      rules.at("spent12m", "tidtam.form72.funding.spent12mBelow6m");
      return rules.valid();
    }
  }
}
