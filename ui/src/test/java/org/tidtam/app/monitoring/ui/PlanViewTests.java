package org.tidtam.app.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import org.tidtam.app.monitoring.service.MonitoringException;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Round;

/**
 * The plan screen over the demo plan of 2569 (left as it is: the other monitoring tests count on
 * it) and a plan of 2568 that these tests create and change.
 */
@SpringBootTest
@Import(DemoClock.class)
@ViewPackages(classes = {PlanView.class, MainLayout.class})
class PlanViewTests extends SpringBrowserlessTest {

  static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);
  static final Actor SCHOOL = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);

  @Autowired MovableClock clock;
  @Autowired MonitoringPlans plans;

  @BeforeEach
  void onTheTwentiethOfOctober() {
    clock.set(ZonedDateTime.of(2026, 10, 20, 9, 0, 0, 0, MovableClock.BANGKOK));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @WithUserDetails("planner")
  void showsEachRoundsWindowFormsAndExpectedReports() {
    navigate(PlanView.class);

    assertThat(picker("opens-6m").getValue()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(picker("opens-6m").getHelperText()).isEqualTo("15 มี.ค. 2569");
    assertThat(picker("due-12m").getValue()).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(select("form-12m-school").getValue()).isEqualTo("7.3");
    assertThat(select("form-12m-group").getValue()).isEqualTo("7.1");
    assertThat(select("form-12m-project").getValue()).isEqualTo("7.2");
    assertThat($(Paragraph.class).id("expected-6m").getText())
        .isEqualTo("รายงานที่ต้องส่งในรอบนี้ 26 ฉบับ");
    // the 6-month round has reports: it cannot be removed
    assertThat(button("remove-6m").isEnabled()).isFalse();
  }

  @Test
  @WithUserDetails("planner")
  void aWindowThatDoesNotAddUpIsRefusedAtItsFieldAndNothingChanges() {
    navigate(PlanView.class);
    picker("due-12m").setValue(LocalDate.of(2026, 9, 1));
    picker("closes-12m").setValue(LocalDate.of(2026, 8, 1));

    test(button("save-12m")).click();

    assertThat(picker("due-12m").isInvalid()).isTrue();
    assertThat(picker("due-12m").getErrorMessage())
        .isEqualTo("กำหนดส่งต้องไม่ก่อนวันเปิดรับ (15 ก.ย. 2569)");
    assertThat(picker("closes-12m").isInvalid()).isTrue();
    assertThat(picker("closes-12m").getErrorMessage())
        .isEqualTo("วันปิดรับต้องไม่ก่อนกำหนดส่ง (1 ก.ย. 2569)");
    assertThat(plans.require(2569).round(Round.ROUND_12M).orElseThrow().window().due())
        .isEqualTo(LocalDate.of(2026, 10, 10));

    // a Buddhist-era year typed in the calendar's Christian-era field
    picker("due-12m").setValue(LocalDate.of(2569, 10, 10));
    picker("closes-12m").setValue(LocalDate.of(2026, 10, 31));
    test(button("save-12m")).click();
    assertThat(picker("due-12m").getErrorMessage())
        .isEqualTo(
            "ช่องนี้ใช้ปี ค.ศ. ตามปฏิทิน: วันที่ 10 ต.ค. 2569 ให้พิมพ์ 10/10/2026"
                + " (วันที่แบบ พ.ศ. แสดงใต้ช่อง)");
    assertThat(picker("closes-12m").isInvalid()).isFalse();
  }

  @Test
  @WithUserDetails("planner")
  void aPlannerCreatesAPlanSetsItsWindowsAddsAndRemovesAQuarterAndEachChangeIsRecorded() {
    navigate(PlanView.class);
    select2("plan-year").setValue(2568);
    if ($(Button.class).withId("plan-create").exists()) {
      test(button("plan-create")).click();
    }
    assertThat(picker("opens-6m").getValue()).isEqualTo(LocalDate.of(2025, 3, 16));

    picker("opens-6m").setValue(LocalDate.of(2025, 3, 20));
    picker("due-6m").setValue(LocalDate.of(2025, 4, 15));
    picker("closes-6m").setValue(LocalDate.of(2025, 5, 15));
    select("form-6m-group").setValue("");
    test(button("save-6m")).click();

    MonitoringPlan plan = plans.require(2568);
    assertThat(plan.round(Round.ROUND_6M).orElseThrow().window())
        .isEqualTo(
            new ReportingWindow(
                LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 15), LocalDate.of(2025, 5, 15)));
    assertThat(plan.round(Round.ROUND_6M).orElseThrow().forms())
        .isEqualTo(Map.of(UnitKind.SCHOOL, "7.3", UnitKind.PROJECT, "7.2"));
    // 12 schools, no group, no project in the plan of 2568
    assertThat($(Paragraph.class).id("expected-6m").getText())
        .isEqualTo("รายงานที่ต้องส่งในรอบนี้ 12 ฉบับ");
    assertThat(cells("plan-changes", 0))
        .startsWith("20 ต.ค. 2569 09:00", "planner")
        .anySatisfy(c -> assertThat(c).startsWith("2568 6m change: 2025-03-20 / 2025-04-15"));

    @SuppressWarnings("unchecked")
    Select<Round> add = $(Select.class).id("plan-add-round");
    add.setValue(Round.Q2);
    test(button("plan-add")).click();
    assertThat(plans.require(2568).round(Round.Q2)).isPresent();
    assertThat(picker("closes-q2").getValue()).isEqualTo(LocalDate.of(2025, 4, 30));

    test(button("remove-q2")).click();
    assertThat(plans.require(2568).round(Round.Q2)).isEmpty();
    assertThat($(DatePicker.class).withId("opens-q2").exists()).isFalse();
  }

  @Test
  @WithUserDetails("planner")
  void aPlannerReopensAClosedRoundForOneUnitAndItIsListed() {
    clock.set(ZonedDateTime.of(2026, 12, 10, 9, 0, 0, 0, MovableClock.BANGKOK));
    navigate(PlanView.class);
    @SuppressWarnings("unchecked")
    ComboBox<String> unit = $(ComboBox.class).id("reopen-unit");
    unit.setValue("81010010");
    select("reopen-form").setValue("7.3");
    @SuppressWarnings("unchecked")
    Select<Round> round = $(Select.class).id("reopen-round");
    round.setValue(Round.ROUND_12M);
    picker("reopen-until").setValue(LocalDate.of(2026, 12, 9));
    $(TextField.class).id("reopen-reason").setValue("โรงเรียนขอขยายเวลา");

    test(button("reopen-save")).click();
    // a day already past, at its field
    assertThat(picker("reopen-until").getErrorMessage())
        .isEqualTo("เปิดรับถึงวันนี้ (10 ธ.ค. 2569) หรือหลังจากนั้น");

    picker("reopen-until").setValue(LocalDate.of(2026, 12, 20));
    test(button("reopen-save")).click();

    assertThat(rows("plan-reopenings"))
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsSubsequence(
                        "โรงเรียนบ้านปลายพระยา",
                        "แบบ 7.3",
                        "รอบ 12 เดือน",
                        "20 ธ.ค. 2569",
                        "planner",
                        "10 ธ.ค. 2569 09:00",
                        "โรงเรียนขอขยายเวลา"));
  }

  @Test
  @WithUserDetails("director")
  void theExecutiveReadsThePlanWithoutChangingIt() {
    navigate(PlanView.class);

    assertThat($(Paragraph.class).id("plan-read-only").getText()).contains("ดูได้อย่างเดียว");
    assertThat($(Button.class).withId("save-6m").exists()).isFalse();
    assertThat(picker("opens-6m").isReadOnly()).isTrue();
    // and the service refuses it whatever the screen shows
    assertThatThrownBy(() -> plans.addRound(DIRECTOR, 2569, Round.Q1))
        .isInstanceOf(MonitoringException.NotAllowed.class);
    assertThatThrownBy(
            () ->
                plans.saveRound(
                    DIRECTOR,
                    2569,
                    Round.ROUND_6M,
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 5, 1),
                    Map.of(UnitKind.SCHOOL, "7.3")))
        .isInstanceOf(MonitoringException.NotAllowed.class);
  }

  @Test
  @WithUserDetails("school1")
  void isRefusedToReportingStaffOnScreenAndInTheService() {
    try {
      navigate(PlanView.class);
    } catch (RuntimeException refused) {
      // the router refuses the navigation
    }
    assertThat($(PlanView.class).exists()).isFalse();
    assertThatThrownBy(() -> plans.plan(SCHOOL, 2569))
        .isInstanceOf(MonitoringException.NotAllowed.class);
    assertThatThrownBy(() -> plans.createPlan(SCHOOL, 2571))
        .isInstanceOf(MonitoringException.NotAllowed.class);
  }

  @Test
  void aRoundWithReportsIsNotRemovedEvenThroughTheService() {
    assertThatThrownBy(() -> plans.removeRound(PLANNER, 2569, Round.ROUND_6M))
        .isInstanceOfSatisfying(
            MonitoringException.Invalid.class,
            e ->
                assertThat(e.text(Lang.TH))
                    .isEqualTo("รอบ 6 เดือน ปีงบประมาณ 2569 มีรายงานแล้ว จึงลบรอบนี้ไม่ได้"));
    assertThat(plans.require(2569).round(Round.ROUND_6M)).isPresent();
  }

  private DatePicker picker(String id) {
    return $(DatePicker.class).id(id);
  }

  @SuppressWarnings("unchecked")
  private Select<String> select(String id) {
    return $(Select.class).id(id);
  }

  @SuppressWarnings("unchecked")
  private Select<Integer> select2(String id) {
    return $(Select.class).id(id);
  }

  private Button button(String id) {
    return $(Button.class).id(id);
  }

  @SuppressWarnings("unchecked")
  private List<String> cells(String gridId, int row) {
    Grid<Object> grid = $(Grid.class).id(gridId);
    var tester = test(grid);
    List<String> out = new ArrayList<>();
    for (int column = 0; column < grid.getColumns().size(); column++) {
      out.add(tester.getCellText(row, column));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private List<List<String>> rows(String gridId) {
    List<List<String>> out = new ArrayList<>();
    for (int row = 0; row < test((Grid<Object>) $(Grid.class).id(gridId)).size(); row++) {
      out.add(cells(gridId, row));
    }
    return out;
  }
}
