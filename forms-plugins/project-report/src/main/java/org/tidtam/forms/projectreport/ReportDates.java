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
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.RuleReport;

/**
 * Periods start before they end and lie within the fiscal year (unless the money is carried over
 * into the next year), and the reporter dates the report.
 */
@Documented
@Constraint(validatedBy = ReportDates.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportDates {
  String message() default "{org.tidtam.validation.DateOrder.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule; see the annotation. */
  final class Validator implements ConstraintValidator<ReportDates, ProjectReport> {
    @Override
    public boolean isValid(ProjectReport form, ConstraintValidatorContext context) {
      RuleReport rules = RuleReport.of(context);
      if (Checks.before(form.plannedEnd(), form.plannedStart())) {
        rules.at("plannedEnd", "org.tidtam.validation.DateOrder.message");
      }
      if (Checks.before(form.actualEnd(), form.actualStart())) {
        rules.at("actualEnd", "org.tidtam.validation.DateOrder.message");
      }
      List<Activity> activities = form.activities();
      for (int i = 0; i < activities.size(); i++) {
        Activity a = activities.get(i);
        if (Checks.before(a.plannedTo(), a.plannedFrom())) {
          rules.atRow("activities", i, "plannedTo", "org.tidtam.validation.DateOrder.message");
        }
        if (Checks.before(a.actualTo(), a.actualFrom())) {
          rules.atRow("activities", i, "actualTo", "org.tidtam.validation.DateOrder.message");
        }
      }
      if (!form.carryOver() && FiscalPeriods.known(form.fiscalYear())) {
        int fy = form.fiscalYear();
        rules.param("fiscalYear", String.valueOf(fy)).param("previousYear", String.valueOf(fy - 1));
        String key = "tidtam.form72.dates.outsideFiscalYear";
        outside(rules, fy, form.plannedStart(), "plannedStart", key);
        outside(rules, fy, form.plannedEnd(), "plannedEnd", key);
        outside(rules, fy, form.actualStart(), "actualStart", key);
        outside(rules, fy, form.actualEnd(), "actualEnd", key);
        for (int i = 0; i < activities.size(); i++) {
          Activity a = activities.get(i);
          outsideRow(rules, fy, a.plannedFrom(), i, "plannedFrom", key);
          outsideRow(rules, fy, a.plannedTo(), i, "plannedTo", key);
          outsideRow(rules, fy, a.actualFrom(), i, "actualFrom", key);
          outsideRow(rules, fy, a.actualTo(), i, "actualTo", key);
        }
      }
      if (form.reporter() != null && form.reporter().date() == null) {
        rules.at("reporter.date", "tidtam.reporter.dateRequired");
      }
      return rules.valid();
    }

    private static void outside(
        RuleReport rules, int fy, @Nullable LocalDate date, String property, String key) {
      if (date != null && !FiscalPeriods.contains(fy, date)) {
        rules.at(property, key);
      }
    }

    private static void outsideRow(
        RuleReport rules, int fy, @Nullable LocalDate date, int row, String property, String key) {
      if (date != null && !FiscalPeriods.contains(fy, date)) {
        rules.atRow("activities", row, property, key);
      }
    }
  }
}
