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

/** Spending of a funding source stays within its money, and a cut does not exceed the money. */
@Documented
@Constraint(validatedBy = FundingAmounts.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FundingAmounts {
  String message() default "{tidtam.form72.funding.spentAboveAllocated}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<FundingAmounts, FundingRow> {
    @Override
    public boolean isValid(FundingRow row, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      boolean additional = Checks.positive(row.additionalAllocation());
      rules
          .param("allocated", Checks.baht(row.allocated()))
          .param("available", Checks.baht(row.available()));
      String above =
          additional
              ? "tidtam.form72.funding.spentAboveAvailable"
              : "tidtam.form72.funding.spentAboveAllocated";
      if (row.spent6m() != null && row.spent6m().compareTo(row.available()) > 0) {
        rules.param("spent", Checks.baht(row.spent6m())).at("spent6m", above);
      }
      if (row.spent12m() != null && row.spent12m().compareTo(row.available()) > 0) {
        rules.param("spent", Checks.baht(row.spent12m())).at("spent12m", above);
      }
      if (row.available().signum() < 0) {
        rules.at("reducedAllocation", "tidtam.form72.funding.reducedAboveAllocated");
      }
      return rules.valid();
    }
  }
}
