package org.tidtam.app.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Reopening;
import org.tidtam.thai.Round;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workflow refuses a submit outside the round's reporting window, whoever calls it. The tests
 * file a second 6-month 7.3 of school 2 (opens 15 Mar, due 10 Apr, closes 30 Apr 2026), which
 * leaves the follow-up's figures as they are: its approved demo report still counts.
 */
@SpringBootTest
@Import(DemoClock.class)
class SubmitWindowTests {

  static final Actor SCHOOL2 = new Actor("school2", Role.STAFF, "81010002", Lang.TH);
  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  static final Filing SIX_MONTHS = new Filing(2569, Round.ROUND_6M, "81010002");

  @Autowired SubmissionWorkflow workflow;
  @Autowired MonitoringPlans plans;
  @Autowired MovableClock clock;
  @Autowired WebApplicationContext context;

  @Test
  void beforeTheWindowOpensADraftIsSavedButNotSubmitted() {
    clock.set(at(2026, 3, 14));
    long id = workflow.create(SCHOOL2, NewSubmission.sample("7.3", SIX_MONTHS)).view().id();

    assertThatThrownBy(() -> workflow.submit(SCHOOL2, id, null))
        .isInstanceOfSatisfying(
            WorkflowException.OutsideWindow.class,
            e -> {
              assertThat(e.text(Lang.TH))
                  .isEqualTo("ยังไม่เปิดรับรายงานรอบ 6 เดือน ปีงบประมาณ 2569 (เปิด 15 มี.ค. 2569)");
              assertThat(e.text(Lang.EN)).contains("2026-03-15");
            });
    var open = workflow.open(SCHOOL2, id);
    var saved =
        workflow.saveDraft(SCHOOL2, id, open.view().version(), open.submission().document());
    assertThat(saved.view().status()).isEqualTo(SubmissionStatus.DRAFT);

    clock.set(at(2026, 3, 15));
    assertThat(workflow.submit(SCHOOL2, id, null).view().status())
        .isEqualTo(SubmissionStatus.SUBMITTED);
  }

  @Test
  void afterTheWindowClosesOnlyAPlannersReopeningForTheUnitLetsItSubmit() {
    clock.set(at(2026, 4, 30));
    long id = workflow.create(SCHOOL2, NewSubmission.sample("7.3", SIX_MONTHS)).view().id();
    clock.set(at(2026, 5, 4));

    assertThatThrownBy(() -> workflow.submit(SCHOOL2, id, null))
        .isInstanceOf(WorkflowException.OutsideWindow.class)
        .satisfies(
            e ->
                assertThat(((WorkflowException) e).text(Lang.TH))
                    .isEqualTo(
                        "ปิดรับรายงานรอบ 6 เดือน ปีงบประมาณ 2569 แล้วเมื่อ 30 เม.ย. 2569"
                            + " ติดต่อกลุ่มนโยบายและแผนเพื่อขอเปิดรับ"));
    // another unit's reopening, or another form's, does not open it
    plans.reopen(
        PLANNER,
        2569,
        new Reopening(Round.ROUND_6M, "7.3", "81010011", LocalDate.of(2026, 5, 10)),
        null);
    plans.reopen(
        PLANNER,
        2569,
        new Reopening(Round.ROUND_6M, "7.1", "81010002", LocalDate.of(2026, 5, 10)),
        null);
    assertThatThrownBy(() -> workflow.submit(SCHOOL2, id, null))
        .isInstanceOf(WorkflowException.OutsideWindow.class);

    plans.reopen(
        PLANNER,
        2569,
        new Reopening(Round.ROUND_6M, "7.3", "81010002", LocalDate.of(2026, 5, 10)),
        "โรงเรียนขอส่งรายงานฉบับแก้ไข");

    assertThat(workflow.submit(SCHOOL2, id, null).view().status())
        .isEqualTo(SubmissionStatus.SUBMITTED);
  }

  @Test
  void theApiAnswers409WithTheWindowsMessage() throws Exception {
    clock.set(at(2026, 4, 20));
    long id = workflow.create(SCHOOL2, NewSubmission.sample("7.3", SIX_MONTHS)).view().id();
    clock.set(at(2026, 7, 1));
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();

    String body =
        mvc.perform(
                post("/api/submissions/" + id + "/submit").with(httpBasic("school2", "school2")))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    JsonNode message = JsonMapper.builder().build().readTree(body);
    assertThat(message.get("message").asString()).startsWith("ปิดรับรายงานรอบ 6 เดือน");
    assertThat(workflow.get(SCHOOL2, id).status()).isEqualTo(SubmissionStatus.DRAFT);
  }

  private static ZonedDateTime at(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 9, 0, 0, 0, MovableClock.BANGKOK);
  }
}
