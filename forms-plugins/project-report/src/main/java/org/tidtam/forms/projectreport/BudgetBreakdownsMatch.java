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
 * The activities' planned budgets add up to the money received, and the spending by category adds
 * up to the money spent (a warning: the figures come from different ledgers and may lag).
 */
@Documented
@Constraint(validatedBy = BudgetBreakdownsMatch.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BudgetBreakdownsMatch {
  String message() default "{tidtam.form72.activities.budgetMismatch}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<BudgetBreakdownsMatch, ProjectReport> {
    @Override
    public boolean isValid(ProjectReport form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (!form.activities().isEmpty()
          && !form.fundingSources().isEmpty()
          && form.activitiesPlannedTotal().compareTo(form.totalAvailable()) != 0) {
        rules
            .param("activitiesTotal", Checks.baht(form.activitiesPlannedTotal()))
            .param("available", Checks.baht(form.totalAvailable()))
            .at("activities", "tidtam.form72.activities.budgetMismatch");
      }
      if (!form.expenses().isEmpty() && form.expensesTotal().compareTo(form.totalSpent()) != 0) {
        rules
            .param("expensesTotal", Checks.baht(form.expensesTotal()))
            .param("spent", Checks.baht(form.totalSpent()))
            .at("expenses", "tidtam.form72.expenses.sumMismatch");
      }
      return rules.valid();
    }
  }
}
