package org.tidtam.app.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import org.tidtam.app.monitoring.domain.PlanReopening;
import org.tidtam.app.monitoring.domain.PlanReopeningRepository;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Counts;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.Reopening;
import org.tidtam.monitoring.SubmitCheck;
import org.tidtam.thai.Round;

/** The rules of the monitoring services, whoever calls them (not only through the API). */
@SpringBootTest
@Import(DemoClock.class)
class MonitoringServiceTests {

  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);
  static final Actor SCHOOL = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
  static final Actor GROUP = new Actor("supervision", Role.STAFF, "SUPERVISION", Lang.TH);

  @Autowired FollowUpService followUps;
  @Autowired MonitoringPlans plans;
  @Autowired PlanReopeningRepository reopenings;
  @Autowired CatalogLists catalogLists;
  @Autowired DemoPlan demoPlan;
  @Autowired MovableClock clock;

  @Test
  void theFollowUpIsRefusedToReportingStaffInTheService() {
    clock.set(at(2026, 10, 20));
    for (Actor staff : List.of(SCHOOL, GROUP)) {
      assertThatThrownBy(() -> followUps.followUp(staff, 2569, Round.ROUND_12M))
          .isInstanceOf(MonitoringException.NotAllowed.class);
    }
    // the director reads it: 26 expected in the demo round (12 schools, 10 groups, 4 projects)
    assertThat(followUps.followUp(DIRECTOR, 2569, Round.ROUND_12M).totals().expected())
        .isEqualTo(26);
  }

  @Test
  void theDemoPlanHasTheWindowsOf2569AndIsCreatedOnce() throws Exception {
    demoPlan.run(null);

    MonitoringPlan plan = plans.plan(2569).orElseThrow();
    assertThat(plan.rounds())
        .extracting(r -> r.round())
        .containsExactly(Round.ROUND_6M, Round.ROUND_12M);
    assertThat(plan.round(Round.ROUND_6M).orElseThrow().window().opens())
        .isEqualTo(LocalDate.of(2026, 3, 15));
    // created on 5 Oct 2026 (DemoClock): the 12-month round closes 60 days later, not on 31 Oct
    assertThat(plan.round(Round.ROUND_12M).orElseThrow().window().closes())
        .isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(DemoPlan.plan(LocalDate.of(2026, 8, 1)).round(Round.ROUND_12M).orElseThrow())
        .satisfies(r -> assertThat(r.window().closes()).isEqualTo(LocalDate.of(2026, 10, 31)))
        .satisfies(r -> assertThat(r.window().due()).isEqualTo(LocalDate.of(2026, 10, 10)));
    assertThat(
            DemoPlan.plan(LocalDate.of(2027, 3, 1))
                .round(Round.ROUND_12M)
                .orElseThrow()
                .window()
                .closes())
        .isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(plan.projects()).hasSize(4);
    assertThat(plans.plan(2570)).isEmpty();
  }

  @Test
  void onlyPlannersReopenAClosedRoundForAUnitAndTheReopeningIsRecorded() {
    clock.set(at(2026, 12, 5));
    Reopening reopening =
        new Reopening(Round.ROUND_12M, "7.3", "81010005", LocalDate.of(2026, 12, 15));

    for (Actor refused : List.of(SCHOOL, GROUP, DIRECTOR)) {
      assertThatThrownBy(() -> plans.reopen(refused, 2569, reopening, null))
          .isInstanceOf(MonitoringException.NotAllowed.class);
    }
    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_12M, "81010005"))
        .isEqualTo(SubmitCheck.CLOSED);

    plans.reopen(PLANNER, 2569, reopening, "โรงเรียนแจ้งว่าระบบไฟฟ้าขัดข้อง");

    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_12M, "81010005"))
        .isEqualTo(SubmitCheck.REOPENED);
    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_12M, "81010006"))
        .isEqualTo(SubmitCheck.CLOSED);
    PlanReopening recorded =
        reopenings.findByFiscalYearOrderByIdAsc(2569).stream()
            .filter(r -> r.reopening().equals(reopening))
            .findFirst()
            .orElseThrow();
    assertThat(recorded.getReopenedBy()).isEqualTo("planner");
    assertThat(recorded.getReopenedAt()).isEqualTo(at(2026, 12, 5).toInstant());
    assertThat(recorded.getReason()).contains("ไฟฟ้า");

    clock.set(at(2026, 12, 16));
    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_12M, "81010005"))
        .isEqualTo(SubmitCheck.CLOSED);
    assertThatThrownBy(
            () ->
                plans.reopen(
                    PLANNER,
                    2569,
                    new Reopening(Round.Q1, "7.3", "81010005", LocalDate.of(2026, 11, 30)),
                    null))
        .isInstanceOf(MonitoringException.NotFound.class);
  }

  @Test
  void aFormCannotBeSubmittedBeforeItsWindowOpens() {
    clock.set(at(2026, 3, 14));
    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_6M, "81010001"))
        .isEqualTo(SubmitCheck.NOT_YET_OPEN);
    clock.set(at(2026, 3, 15));
    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_6M, "81010001"))
        .isEqualTo(SubmitCheck.ALLOWED);
    // a year without a plan sets no window
    assertThat(plans.submitCheck("7.3", 2570, Round.ROUND_6M, "81010001"))
        .isEqualTo(SubmitCheck.ALLOWED);
  }

  @Test
  void theSixMonthRoundCountsTheMissingReportsLateOnlyAfterItsDueDay() {
    // the demo's history: 6 delivered (2 of them late), 1 returned, 19 never started
    clock.set(at(2026, 4, 11));
    assertThat(followUps.followUp(PLANNER, 2569, Round.ROUND_6M).totals())
        .isEqualTo(new Counts(26, 6, 5, 1, 22));
    clock.set(at(2026, 4, 10));
    assertThat(followUps.followUp(PLANNER, 2569, Round.ROUND_6M).totals())
        .isEqualTo(new Counts(26, 6, 5, 1, 2));
  }

  @Test
  void contactsAreListedOnlyForThoseWhoFollowUp() {
    assertThat(catalogLists.lists(DIRECTOR, 2569).contacts()).containsKey("SUPERVISION");
    assertThat(catalogLists.lists(GROUP, 2569).contacts()).isEmpty();
    assertThat(catalogLists.lists(GROUP, 2569).projects()).hasSize(4);
  }

  private static ZonedDateTime at(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 9, 0, 0, 0, MovableClock.BANGKOK);
  }
}
