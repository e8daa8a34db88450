package org.tidtam.app.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up and catalog API over the demo data, in a context of its own (its own in-memory
 * database, untouched by other tests; {@link DemoClock}) whose clock the test sets. The demo data
 * is created on 5 Oct 2026, within the 12-month window (opens 15 Sep, due 10 Oct, closes 4 Dec
 * 2026: 60 days after the demo database was created); the follow-up is asked on 20 Oct 2026, after
 * the due day.
 */
@SpringBootTest
@Import(DemoClock.class)
class MonitoringApiTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;
  @Autowired MovableClock clock;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    clock.set(ZonedDateTime.of(2026, 10, 20, 9, 0, 0, 0, MovableClock.BANGKOK));
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  /**
   * The demo catalog has 12 schools and 10 groups; the demo plan 4 projects, each owing 7.3, 7.1
   * and 7.2 in the 12-month round. The demo submissions of that round:
   *
   * <pre>
   * 7.2 SUPERVISION, project KBI-2569-P03: submitted 5 Oct (on time)
   * 7.1 SUPERVISION: draft
   * 7.3 81010001: draft
   * 7.3 81010002: submitted 5 Oct and approved
   * 7.3 81010003: submitted and returned
   * </pre>
   *
   * So, on 20 Oct (after the due day): 7.1 expected 10, none submitted, 10 late; 7.2 expected 4, 1
   * submitted, the 3 others late; 7.3 expected 12, 1 submitted and approved, 1 returned, the 11 not
   * submitted late. Together 26 expected, 2 submitted, 1 approved, 1 returned, 24 late and missing.
   */
  @Test
  void countsTheDemoRoundAsCountedByHand() throws Exception {
    JsonNode body = json(followUp("planner", "2569", "12m").andExpect(status().isOk()));

    assertThat(body.get("fiscalYear").asInt()).isEqualTo(2569);
    assertThat(body.get("round").asString()).isEqualTo("12m");
    assertThat(body.get("window").get("due").asString()).isEqualTo("2026-10-10");
    assertThat(body.get("asOf").asString()).isEqualTo("2026-10-20");
    assertThat(figures(body.get("totals"))).isEqualTo(List.of(26, 2, 1, 1, 24, 24));
    assertThat(figures(form(body, "7.1"))).isEqualTo(List.of(10, 0, 0, 0, 10, 10));
    assertThat(figures(form(body, "7.2"))).isEqualTo(List.of(4, 1, 0, 0, 3, 3));
    assertThat(figures(form(body, "7.3"))).isEqualTo(List.of(12, 1, 1, 1, 11, 11));

    JsonNode project = unit(body.get("units"), "KBI-2569-P03");
    assertThat(project.get("kind").asString()).isEqualTo("PROJECT");
    assertThat(project.get("filingUnit").asString()).isEqualTo("SUPERVISION");
    assertThat(project.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(project.get("submittedOn").asString()).isEqualTo("2026-10-05");
    assertThat(project.get("late").asInt()).isZero();
    JsonNode approved = unit(body.get("units"), "81010002");
    assertThat(approved.get("approved").asInt()).isEqualTo(1);
    assertThat(approved.get("name").get("th").asString()).isEqualTo("โรงเรียนวัดสถิตโพธาราม");
  }

  @Test
  void listsWhoHasNotSubmittedWithTheContactPerson() throws Exception {
    JsonNode missing =
        json(followUp("director", "2569", "12m").andExpect(status().isOk())).get("missing");

    // 24 not submitted: 11 schools, 10 groups, 3 projects
    assertThat(missing).hasSize(24);
    JsonNode returned = unit(missing, "81010003");
    assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
    assertThat(returned.get("late").asBoolean()).isTrue();
    assertThat(returned.get("contact").get("phone").asString()).isEqualTo("081-000-0003");
    JsonNode draft = unit(missing, "SUPERVISION");
    assertThat(draft.get("form").asString()).isEqualTo("7.1");
    assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
    assertThat(draft.get("contact").get("person").asString()).isEqualTo("นายประสิทธิ์ มั่นคง");
    assertThat(unit(missing, "81010004").get("status").isNull()).isTrue();
    // a project without a contact of its own: its group's
    assertThat(unit(missing, "KBI-2569-P01").get("contact").get("person").asString())
        .isEqualTo("นางสาวกมลา แผนดี");
    assertThat(unit(missing, "KBI-2569-P04").get("contact").isNull()).isTrue();
  }

  @Test
  void noReportIsLateBeforeTheDueDay() throws Exception {
    clock.set(ZonedDateTime.of(2026, 10, 10, 23, 0, 0, 0, MovableClock.BANGKOK));

    JsonNode body = json(followUp("admin", "2569", "ROUND_12M").andExpect(status().isOk()));

    assertThat(figures(body.get("totals"))).isEqualTo(List.of(26, 2, 1, 1, 0, 24));
  }

  @Test
  void theSixMonthRoundHasTheDemoHistory() throws Exception {
    JsonNode body = json(followUp("planner", "2569", "6m").andExpect(status().isOk()));

    // 6 months, due 10 Apr 2026: 7.3 of schools 2 and 4 approved on time, 5 submitted on time,
    // 3 approved after a late submit (24 Apr), 6 returned; the supervision group's 7.2 approved on
    // time and its 7.1 approved after a late submit (18 Apr); the 20 others missing and late
    assertThat(figures(body.get("totals"))).isEqualTo(List.of(26, 6, 5, 1, 22, 20));
  }

  @Test
  void schoolAndGroupStaffGet403() throws Exception {
    for (String user : List.of("school1", "supervision")) {
      JsonNode refused = json(followUp(user, "2569", "12m").andExpect(status().isForbidden()));
      assertThat(refused.get("message").asString()).contains("กลุ่มนโยบายและแผน");
    }
    mvc.perform(get("/api/monitoring/2569/12m")).andExpect(status().isUnauthorized());
  }

  @Test
  void answers404InThaiForAYearOrRoundWithoutAPlanAnd400ForAMalformedOne() throws Exception {
    assertThat(message(followUp("planner", "2570", "12m").andExpect(status().isNotFound())))
        .isEqualTo("ไม่พบแผนกำกับ ติดตามของปีงบประมาณ 2570");
    assertThat(message(followUp("planner", "2569", "q1").andExpect(status().isNotFound())))
        .isEqualTo("แผนกำกับ ติดตามของปีงบประมาณ 2569 ไม่มีไตรมาสที่ 1 (q1)");
    assertThat(message(followUp("planner", "2569", "7m").andExpect(status().isBadRequest())))
        .contains("\"7m\"");
    assertThat(message(followUp("planner", "69", "12m").andExpect(status().isBadRequest())))
        .startsWith("ปีงบประมาณต้องเป็นปี พ.ศ.");
    JsonNode english =
        json(
            mvc.perform(
                    get("/api/monitoring/2569/q1")
                        .header("Accept-Language", "en")
                        .with(httpBasic("planner", "planner")))
                .andExpect(status().isNotFound()));
    assertThat(english.get("message").asString())
        .isEqualTo("The monitoring plan of fiscal year 2569 has no Quarter 1 (q1)");
  }

  @Test
  void catalogListsForAnySignedInUserWithContactsOnlyForThoseWhoFollowUp() throws Exception {
    JsonNode planner = json(catalog("planner", "2569").andExpect(status().isOk()));
    assertThat(planner.get("groups")).hasSize(10);
    assertThat(planner.get("schools")).hasSize(12);
    assertThat(planner.get("projects")).hasSize(4);
    assertThat(planner.get("indicators")).hasSize(11);
    assertThat(planner.get("strategies")).hasSize(5);
    assertThat(planner.get("policies").size()).isPositive();
    assertThat(planner.get("contacts").get("81010001").get("phone").asString())
        .isEqualTo("081-000-0001");

    JsonNode school = json(catalog("school1", "2569").andExpect(status().isOk()));
    assertThat(school.get("schools")).hasSize(12);
    assertThat(school.get("contacts").isEmpty()).isTrue();

    catalog("school1", "2590").andExpect(status().isNotFound());
    catalog("school1", "abc").andExpect(status().isBadRequest());
  }

  @Test
  void theOpenApiDescriptionHasBothPaths() throws Exception {
    JsonNode api = json(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()));
    assertThat(api.get("paths").has("/api/monitoring/{fiscalYear}/{round}")).isTrue();
    assertThat(api.get("paths").has("/api/catalog/{fiscalYear}")).isTrue();
    assertThat(
            api.get("paths")
                .get("/api/monitoring/{fiscalYear}/{round}")
                .get("get")
                .get("responses")
                .has("403"))
        .isTrue();
  }

  private ResultActions followUp(String user, String year, String round) throws Exception {
    return mvc.perform(get("/api/monitoring/" + year + "/" + round).with(httpBasic(user, user)));
  }

  private ResultActions catalog(String user, String year) throws Exception {
    return mvc.perform(get("/api/catalog/" + year).with(httpBasic(user, user)));
  }

  private static JsonNode json(ResultActions result) throws Exception {
    return JSON.readTree(
        result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static String message(ResultActions result) throws Exception {
    return json(result).get("message").asString();
  }

  /** expected, submitted, approved, returned, late, missing */
  private static List<Integer> figures(JsonNode row) {
    List<Integer> out = new ArrayList<>();
    for (String name :
        List.of("expected", "submitted", "approved", "returned", "late", "missing")) {
      out.add(row.get(name).asInt());
    }
    return out;
  }

  private static JsonNode form(JsonNode body, String form) {
    for (JsonNode row : body.get("forms")) {
      if (row.get("form").asString().equals(form)) {
        return row;
      }
    }
    throw new AssertionError("no form " + form);
  }

  private static JsonNode unit(JsonNode rows, String code) {
    for (JsonNode row : rows) {
      if (row.get("code").asString().equals(code)) {
        return row;
      }
    }
    throw new AssertionError("no unit " + code);
  }
}
