package org.tidtam.form.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Direction;
import org.tidtam.form.Signature;
import org.tidtam.thai.Round;
import org.tidtam.validation.Complete;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.RuleReport;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Warning;

class MonitoringRulesTests {

  private static final FormValidator VALIDATOR = FormValidator.create();

  @NoneOrRows(rows = "problems", none = "noProblems", groups = Complete.class)
  @NoneOrRows(rows = "practices", none = "noPractice", groups = Complete.class)
  record Answers(
      boolean noProblems, List<String> problems, boolean noPractice, List<String> practices) {}

  @ReportDateAfterRound(groups = Complete.class, payload = Warning.class)
  record Dated(int fiscalYear, @Nullable Round round, @Nullable Signature reporter)
      implements RoundReport {}

  @TwelveMonths(groups = Complete.class)
  record Results(List<@Valid Row> rows, List<String> problems) {}

  record Row(@Valid IndicatorMeasure measure) {}

  private static List<String> problems(Record form) {
    return VALIDATOR.validate(form, Stage.SUBMIT).stream()
        .map(v -> v.severity() + " " + v.path() + " " + v.message().key())
        .toList();
  }

  @Test
  void noneOrRowsWantsRowsOrTheTickButNotBoth() {
    assertThat(problems(new Answers(false, List.of(), true, List.of("x"))))
        .containsExactlyInAnyOrder(
            "ERROR problems tidtam.noneOrRows.required", "ERROR noPractice tidtam.noneOrRows.both");
    assertThat(problems(new Answers(true, List.of(), false, List.of("x")))).isEmpty();
    assertThat(VALIDATOR.validate(new Answers(false, List.of(), false, List.of()), Stage.DRAFT))
        .isEmpty();
  }

  @Test
  void warnsWhenTheReportIsDatedBeforeTheEndOfItsRound() {
    Signature early = signature(LocalDate.of(2026, 3, 30));
    assertThat(problems(new Dated(2569, Round.ROUND_6M, early)))
        .containsExactly("WARNING reporter.date tidtam.reporter.dateBeforeRoundEnd");
    assertThat(problems(new Dated(2569, Round.ROUND_6M, signature(LocalDate.of(2026, 3, 31)))))
        .isEmpty();
    assertThat(problems(new Dated(2569, Round.ROUND_12M, signature(LocalDate.of(2026, 9, 1)))))
        .hasSize(1);
    assertThat(problems(new Dated(2569, null, early))).isEmpty();
  }

  @Test
  void theTwelveMonthReportAssessesEveryIndicatorAndExplainsTargetsNotMet() {
    Row missing = row("80", null, null, null);
    Row inProgress = row(null, null, Assessment.IN_PROGRESS, null);
    Row notMet = row("80", "70", null, null);
    Row met = row("80", "90", null, null);
    assertThat(problems(new Results(List.of(missing, inProgress, notMet, met), List.of())))
        .containsExactlyInAnyOrder(
            "ERROR rows[0].measure.result tidtam.indicator.result12mRequired",
            "ERROR rows[1].measure.assessmentOverride tidtam.indicator.inProgressNot12m",
            "ERROR rows[2].measure.notAchievedReason tidtam.indicator.reasonRequired",
            "ERROR problems tidtam.indicator.problemsWhenNotAchieved");
    assertThat(problems(new Results(List.of(row("80", "70", null, "late"), met), List.of("p"))))
        .isEmpty();
  }

  private static Row row(
      @Nullable String target,
      @Nullable String result,
      @Nullable Assessment override,
      @Nullable String reason) {
    return new Row(
        new IndicatorMeasure(
            "unit",
            Direction.HIGHER_IS_BETTER,
            target == null ? null : new BigDecimal(target),
            target == null ? "note" : null,
            result == null ? null : new BigDecimal(result),
            null,
            null,
            override,
            null,
            reason));
  }

  private static Signature signature(LocalDate date) {
    return new Signature(null, "Somjai Jaidee", "Analyst", date);
  }

  /** A form-level rule over {@link IndicatorRules#checkTwelveMonths}, as the forms write it. */
  @jakarta.validation.Constraint(validatedBy = TwelveMonths.Validator.class)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface TwelveMonths {
    String message() default "{tidtam.required12m}";

    Class<?>[] groups() default {};

    Class<? extends jakarta.validation.Payload>[] payload() default {};

    final class Validator implements jakarta.validation.ConstraintValidator<TwelveMonths, Results> {
      @Override
      public boolean isValid(Results form, ConstraintValidatorContext context) {
        RuleReport rules = RuleReport.of(context);
        IndicatorRules.checkTwelveMonths(
            rules, "rows", form.rows(), "measure", Row::measure, !form.problems().isEmpty());
        return rules.valid();
      }
    }
  }
}
