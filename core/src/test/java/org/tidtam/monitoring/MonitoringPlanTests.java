package org.tidtam.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.thai.Round;

class MonitoringPlanTests {

  private final MonitoringPlan plan = Plans.plan();

  @Test
  void expectsEachSchoolGroupAndProjectInEachRound() {
    List<ExpectedSubmission> sixMonths = plan.expected(Plans.catalog(), Round.ROUND_6M);

    // 3 schools + 2 groups + 3 projects
    assertThat(sixMonths).hasSize(8);
    assertThat(sixMonths)
        .extracting(e -> e.unit().code() + " " + e.formId())
        .containsExactly(
            "S1 7.3", "S2 7.3", "S3 7.3", "G1 7.1", "G2 7.1", "P1 7.2", "P2 7.2", "P3 7.2");
    ExpectedSubmission p3 = sixMonths.getLast();
    assertThat(p3.unit().kind()).isEqualTo(UnitKind.PROJECT);
    assertThat(p3.unit().filingUnit()).isEqualTo("G2");
    assertThat(plan.expected(Plans.catalog())).hasSize(16);
    assertThat(plan.expected(Plans.catalog(), Round.Q1)).isEmpty();
  }

  @Test
  void aKindThatOwesNothingInARoundIsNotExpected() {
    MonitoringPlan schoolsOnly =
        planOf(new RoundPlan(Round.Q1, window(1, 1, 1, 10, 1, 20), Map.of(UnitKind.SCHOOL, "7.3")));

    assertThat(schoolsOnly.expected(Plans.catalog(), Round.Q1))
        .extracting(e -> e.unit().code())
        .containsExactly("S1", "S2", "S3");
  }

  @Test
  void submitsOnlyWithinTheWindowUnlessReopenedForTheUnit() {
    Report s3 = new Report(plan, "7.3", Round.ROUND_6M, "S3");
    assertThat(s3.on(3, 14)).isEqualTo(SubmitCheck.NOT_YET_OPEN);
    assertThat(s3.on(3, 15)).isEqualTo(SubmitCheck.ALLOWED);
    assertThat(s3.on(4, 30)).isEqualTo(SubmitCheck.ALLOWED);
    assertThat(s3.on(5, 1)).isEqualTo(SubmitCheck.CLOSED);

    Report reopened =
        s3.in(plan.reopen(new Reopening(Round.ROUND_6M, "7.3", "S3", LocalDate.of(2026, 5, 15))));

    assertThat(reopened.on(5, 1)).isEqualTo(SubmitCheck.REOPENED);
    assertThat(reopened.on(5, 15)).matches(SubmitCheck::allowed);
    // the reopening has ended, is for another unit, another form or another round
    assertThat(reopened.on(5, 16)).isEqualTo(SubmitCheck.CLOSED);
    assertThat(reopened.of("S2").on(5, 1)).isEqualTo(SubmitCheck.CLOSED);
    assertThat(reopened.form("7.1").on(5, 1)).isEqualTo(SubmitCheck.CLOSED);
    assertThat(reopened.round(Round.ROUND_12M).on(11, 1)).isEqualTo(SubmitCheck.CLOSED);
    // a reopening never opens a window early
    assertThat(reopened.on(3, 1)).isEqualTo(SubmitCheck.NOT_YET_OPEN);
    // the plan sets no window for the first quarter
    assertThat(plan.submitCheck("7.3", Round.Q1, "S3", LocalDate.of(2025, 1, 1)))
        .isEqualTo(SubmitCheck.ALLOWED);
    assertThat(SubmitCheck.CLOSED.allowed()).isFalse();
  }

  @Test
  void windowsAreOrderedAndLateMeansAfterTheDueDay() {
    ReportingWindow window = new ReportingWindow(Plans.OPENS_6M, Plans.DUE_6M, Plans.CLOSES_6M);
    assertThat(window.isLateOn(Plans.DUE_6M)).isFalse();
    assertThat(window.isLateOn(Plans.DUE_6M.plusDays(1))).isTrue();
    assertThat(window.isOpen(Plans.CLOSES_6M)).isTrue();
    assertThat(window.isOpen(Plans.OPENS_6M.minusDays(1))).isFalse();

    assertThatThrownBy(() -> new ReportingWindow(Plans.DUE_6M, Plans.OPENS_6M, Plans.CLOSES_6M))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReportingWindow(Plans.OPENS_6M, Plans.CLOSES_6M, Plans.DUE_6M))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesARoundOrAProjectPlannedTwice() {
    RoundPlan round = plan.rounds().getFirst();
    assertThatThrownBy(() -> new MonitoringPlan(2569, List.of(round, round), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    PlannedProject project = plan.projects().getFirst();
    assertThatThrownBy(
            () -> new MonitoringPlan(2569, List.of(), List.of(project, project), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsRoundsAsTheCommandLineWritesThem() {
    assertThat(RoundCodes.code(Round.ROUND_6M)).isEqualTo("6m");
    assertThat(RoundCodes.code(Round.ROUND_12M)).isEqualTo("12m");
    assertThat(RoundCodes.code(Round.Q1)).isEqualTo("q1");
    for (Round round : Round.values()) {
      assertThat(RoundCodes.parse(RoundCodes.code(round))).contains(round);
      assertThat(RoundCodes.parse(round.name())).contains(round);
    }
    assertThat(RoundCodes.parse(" 12M ")).contains(Round.ROUND_12M);
    assertThat(RoundCodes.parse("7m")).isEmpty();
    assertThat(RoundCodes.parse("q5")).isEmpty();
    assertThat(RoundCodes.parse("")).isEmpty();
    assertThat(RoundCodes.parse(null)).isEmpty();
  }

  /** One report a plan expects, checked on a day of 2026: the arrange part of the submit checks. */
  private record Report(MonitoringPlan plan, String formId, Round round, String unit) {
    SubmitCheck on(int month, int day) {
      return plan.submitCheck(formId, round, unit, LocalDate.of(2026, month, day));
    }

    Report in(MonitoringPlan other) {
      return new Report(other, formId, round, unit);
    }

    Report of(String otherUnit) {
      return new Report(plan, formId, round, otherUnit);
    }

    Report form(String otherForm) {
      return new Report(plan, otherForm, round, unit);
    }

    Report round(Round other) {
      return new Report(plan, formId, other, unit);
    }
  }

  /** A window of 2026 from its opening, due and closing days, each as month and day. */
  private static ReportingWindow window(
      int opensMonth, int opensDay, int dueMonth, int dueDay, int closesMonth, int closesDay) {
    return new ReportingWindow(
        LocalDate.of(2026, opensMonth, opensDay),
        LocalDate.of(2026, dueMonth, dueDay),
        LocalDate.of(2026, closesMonth, closesDay));
  }

  /** A plan of fiscal year 2569 with these rounds and the projects of the shared plan. */
  private MonitoringPlan planOf(RoundPlan... rounds) {
    return new MonitoringPlan(2569, List.of(rounds), plan.projects(), List.of());
  }

  @Test
  void theUsualPlanOpensAFortnightBeforeARoundEndsAndClosesAMonthAfter() {
    MonitoringPlan plan =
        MonitoringPlan.usual(2569, List.of(new PlannedProject("P1", "โครงการหนึ่ง", "G1")));

    assertThat(plan.rounds())
        .extracting(RoundPlan::round)
        .containsExactly(Round.ROUND_6M, Round.ROUND_12M);
    assertThat(plan.round(Round.ROUND_6M).orElseThrow().window())
        .isEqualTo(
            new ReportingWindow(
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30)));
    assertThat(plan.round(Round.ROUND_12M).orElseThrow().window())
        .isEqualTo(
            new ReportingWindow(
                LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 30)));
    assertThat(plan.round(Round.ROUND_12M).orElseThrow().forms())
        .isEqualTo(MonitoringPlan.USUAL_FORMS);
    assertThat(plan.projects()).extracting(PlannedProject::code).containsExactly("P1");
  }
}
