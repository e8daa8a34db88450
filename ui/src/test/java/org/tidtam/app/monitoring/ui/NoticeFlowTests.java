package org.tidtam.app.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tidtam.app.TestUsers;
import org.tidtam.app.editor.ui.SubmissionEditorView;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import org.tidtam.app.notice.domain.NoticeRepository;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.ui.MyFormsView;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.thai.Round;

/**
 * A planner notifies the units that have not submitted the 6-month round from the follow-up; the
 * school's user sees the notice in the header and on my forms, and marks it read. Also the page
 * that prints the reminder list, and my forms' due day from the plan.
 */
@SpringBootTest
@Import(DemoClock.class)
@ViewPackages(
    classes = {
      FollowUpView.class,
      FollowUpPrintView.class,
      MainLayout.class,
      MyFormsView.class,
      SubmissionEditorView.class
    })
class NoticeFlowTests extends SpringBrowserlessTest {

  @Autowired MovableClock clock;
  @Autowired UserDetailsService details;
  @Autowired NoticeRepository notices;
  @Autowired SubmissionWorkflow workflow;
  @Autowired org.tidtam.app.monitoring.service.MonitoringPlans plans;

  @BeforeEach
  void onTheTwentiethOfOctober() {
    clock.set(ZonedDateTime.of(2026, 10, 20, 9, 0, 0, 0, MovableClock.BANGKOK));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aPlannerNotifiesTheUnitsThatHaveNotSubmittedAndTheSchoolSeesIt() {
    TestUsers.signIn(details, "planner");
    navigate(FollowUpView.class);
    @SuppressWarnings("unchecked")
    Select<Object> round = $(Select.class).id("follow-up-round");
    test(round).selectItem("รอบ 6 เดือน");

    test($(Button.class).id("follow-up-notify")).click();

    @SuppressWarnings("unchecked")
    CheckboxGroup<FollowUpReport.MissingReport> units = $(CheckboxGroup.class).id("notify-units");
    // every report not submitted of the 6-month round is chosen: 20 missing, the returned included
    assertThat(units.getValue()).hasSize(20);
    TextArea text = $(TextArea.class).id("notify-text");
    assertThat(text.getValue())
        .contains("รอบ 6 เดือน ปีงบประมาณ 2569")
        .contains("ครบกำหนดส่งเมื่อ 10 เม.ย. 2569")
        .contains("ปิดรับไปแล้วเมื่อ 30 เม.ย. 2569")
        .contains("ขอเปิดรับ");
    // only the schools, and a text of the planner's own
    Set<FollowUpReport.MissingReport> schools =
        units.getValue().stream()
            .filter(m -> m.unit().code().startsWith("8101"))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    units.setValue(schools);
    text.setValue("โปรดส่งแบบ 7.3 รอบ 6 เดือน ภายในสัปดาห์นี้");
    long before = notices.count();

    test($(Button.class).id("notify-send")).click();

    // 8 schools: school 1 and schools 7 to 12 never started, school 6 was returned
    assertThat(notices.count() - before).isEqualTo(8);
    assertThat(rows("follow-up-sent"))
        .anySatisfy(
            row ->
                assertThat(row)
                    .containsExactly(
                        "โรงเรียนอนุบาลกระบี่",
                        "แบบ 7.3 รอบ 6 เดือน ปีงบประมาณ 2569",
                        "planner",
                        "20 ต.ค. 2569"));

    SecurityContextHolder.clearContext();
    TestUsers.signIn(details, "school1");
    navigate(MyFormsView.class);

    assertThat($(Button.class).id("notice-bell").isVisible()).isTrue();
    int unread = Integer.parseInt($(Button.class).id("notice-bell").getText());
    assertThat(unread).isPositive();
    Div list = $(Div.class).id("notices");
    assertThat(
            $(Paragraph.class, list)
                .withText("โปรดส่งแบบ 7.3 รอบ 6 เดือน ภายในสัปดาห์นี้")
                .exists())
        .isTrue();
    Button read =
        $(Button.class, list).all().stream()
            .filter(b -> b.getId().orElse("").startsWith("read-"))
            .findFirst()
            .orElseThrow();

    test(read).click();

    // one fewer unread; the bell hides when none is left
    int left = unread - 1;
    assertThat(notices.count()).isPositive();
    assertThat($(Button.class).withId("notice-bell").exists()).isEqualTo(left > 0);
    assertThat($(Div.class).withClassName("notice-unread").all()).hasSize(left);

    // the supervision group's user was not chosen: no notice, no bell
    SecurityContextHolder.clearContext();
    TestUsers.signIn(details, "supervision");
    navigate(MyFormsView.class);
    assertThat($(Button.class).withId("notice-bell").exists()).isFalse();
  }

  @Test
  void aPlannerReopensTheClosedRoundForOneUnitFromTheFollowUp() {
    TestUsers.signIn(details, "planner");
    navigate(FollowUpView.class);
    @SuppressWarnings("unchecked")
    Select<Object> round = $(Select.class).id("follow-up-round");
    test(round).selectItem("รอบ 6 เดือน");
    test($(Button.class).id("follow-up-reopen")).click();
    @SuppressWarnings("unchecked")
    Select<FollowUpReport.MissingReport> which = $(Select.class).id("reopen-which");
    which.setValue(
        which
            .getListDataView()
            .getItems()
            .filter(m -> m.unit().code().equals("81010007"))
            .findFirst()
            .orElseThrow());
    $(com.vaadin.flow.component.textfield.TextField.class)
        .id("reopen-reason")
        .setValue("โรงเรียนแจ้งเหตุน้ำท่วม");

    test($(Button.class).id("reopen-save")).click();

    assertThat(plans.reopenings(new Actor("planner", Role.PLANNER, null, Lang.TH), 2569))
        .anySatisfy(
            r -> {
              assertThat(r.reopening().unitCode()).isEqualTo("81010007");
              assertThat(r.reopening().round()).isEqualTo(Round.ROUND_6M);
              assertThat(r.reopening().until()).isEqualTo(java.time.LocalDate.of(2026, 10, 27));
              assertThat(r.getReopenedBy()).isEqualTo("planner");
              assertThat(r.getReason()).isEqualTo("โรงเรียนแจ้งเหตุน้ำท่วม");
            });
    assertThat(plans.submitCheck("7.3", 2569, Round.ROUND_6M, "81010007"))
        .isEqualTo(org.tidtam.monitoring.SubmitCheck.REOPENED);
  }

  @Test
  void myFormsShowsTheDueAndClosingDaysOfThePlanAndALateBadgeAfterTheDueDay() {
    TestUsers.signIn(details, "school1");
    navigate(MyFormsView.class);
    String card = text($(Div.class).id("my-forms"));
    assertThat(card).contains("เลยกำหนดส่ง 10 ต.ค. 2569 · ปิดรับ 4 ธ.ค. 2569").contains("เลยกำหนด");

    clock.set(ZonedDateTime.of(2026, 10, 1, 9, 0, 0, 0, MovableClock.BANGKOK));
    navigate(MyFormsView.class);
    card = text($(Div.class).id("my-forms"));
    assertThat(card).contains("กำหนดส่ง 10 ต.ค. 2569 · ปิดรับ 4 ธ.ค. 2569");
    assertThat($(Span.class).withClassName("due-late-badge").exists()).isFalse();
  }

  @Test
  void theEditorSaysWhenTheRoundIsClosedAndRefusesTheSubmit() {
    TestUsers.signIn(details, "school2");
    Actor school2 = new Actor("school2", Role.STAFF, "81010002", Lang.TH);
    long id =
        workflow
            .create(
                school2, NewSubmission.sample("7.3", new Filing(2569, Round.ROUND_6M, "81010002")))
            .view()
            .id();

    navigate("submissions/" + id, SubmissionEditorView.class);

    assertThat($(Paragraph.class).id("editor-window-note").getText())
        .isEqualTo(
            "ปิดรับรายงานรอบ 6 เดือน ปีงบประมาณ 2569 แล้วเมื่อ 30 เม.ย. 2569"
                + " ติดต่อกลุ่มนโยบายและแผนเพื่อขอเปิดรับ");
    test($(Button.class).id("editor-submit")).click();
    assertThat(workflow.get(school2, id).status()).isEqualTo(SubmissionStatus.DRAFT);
  }

  @Test
  void thePrintedReminderListNamesWhomToCall() {
    TestUsers.signIn(details, "director");
    UI.getCurrent()
        .navigate(
            "follow-up/print",
            QueryParameters.simple(java.util.Map.of("year", "2569", "round", "6m")));

    assertThat($(H1.class).id("print-title").getText())
        .isEqualTo("รายชื่อหน่วยงานที่ยังไม่ส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2569");
    assertThat($(Paragraph.class).id("print-as-of").getText())
        .isEqualTo(
            "กำหนดส่ง 10 เม.ย. 2569 · ปิดรับ 30 เม.ย. 2569 · ข้อมูล ณ 20 ต.ค. 2569 · 20 รายการ");
    String table = $(NativeTable.class).id("print-table").getElement().getTextRecursively();
    assertThat(table)
        .contains("โรงเรียนอนุบาลกระบี่")
        .contains("นางสาวพรทิพย์ ใจงาม")
        .contains("081-000-0001")
        .contains("school7@example.org")
        .contains("193");
    // the page has no application frame
    assertThat($(MainLayout.class).exists()).isFalse();
  }

  private static String text(com.vaadin.flow.component.Component component) {
    return component.getElement().getTextRecursively();
  }

  @SuppressWarnings("unchecked")
  private List<List<String>> rows(String gridId) {
    var grid =
        (com.vaadin.flow.component.grid.Grid<Object>)
            $(com.vaadin.flow.component.grid.Grid.class).id(gridId);
    var tester = test(grid);
    List<List<String>> out = new java.util.ArrayList<>();
    for (int row = 0; row < tester.size(); row++) {
      List<String> cells = new java.util.ArrayList<>();
      for (int column = 0; column < grid.getColumns().size(); column++) {
        cells.add(tester.getCellText(row, column));
      }
      out.add(cells);
    }
    return out;
  }
}
