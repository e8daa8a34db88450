package org.tidtam.app.submission.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tidtam.provenance.DataHash;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON API over HTTP Basic, with the demo users. */
@SpringBootTest
class SubmissionsApiTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  @Test
  void answers401WithoutCredentials() throws Exception {
    mvc.perform(get("/api/submissions")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/submissions").with(httpBasic("school1", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void listsTheFormsWithTheirJsonSchema() throws Exception {
    JsonNode forms = json(mvc.perform(get("/api/forms").with(httpBasic("director", "director"))));

    JsonNode form72 = find(forms, "7.2");
    assertThat(form72.get("title").get("th").asString()).isNotBlank();
    assertThat(form72.get("title").get("en").asString()).isNotBlank();
    assertThat(form72.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(form72.get("schema").get("$schema").asString()).contains("2020-12");
  }

  @Test
  void createsReadsSavesAndSubmitsWithVersionsAsETags() throws Exception {
    MvcResult created =
        mvc.perform(
                as(post("/api/submissions"), "school1")
                    .content(
                        """
                        {"form": "7.3", "fiscalYear": 2569, "round": "Q1", "unit": "81010001"}
                        """))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andReturn();
    long id = json(created).get("submission").get("id").asLong();
    assertThat(json(created).get("submission").get("status").asString()).isEqualTo("DRAFT");

    JsonNode read =
        json(
            mvc.perform(get("/api/submissions/" + id).with(httpBasic("school1", "school1")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")));
    JsonNode document = read.get("document");
    assertThat(document.get("form").asString()).isEqualTo("7.3");
    assertThat(document.get("data").get("schoolCode").asString()).isEqualTo("81010001");

    mvc.perform(
            as(put("/api/submissions/" + id), "school1")
                .header("If-Match", "\"0\"")
                .content(JSON.writeValueAsString(document)))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));

    // a prefilled draft lacks what a submission needs: 422, in Thai by default
    JsonNode errors =
        json(
            mvc.perform(as(post("/api/submissions/" + id + "/submit"), "school1"))
                .andExpect(status().is(422)));
    assertThat(errors.isArray()).isTrue();
    assertThat(errors.get(0).get("severity").asString()).isEqualTo("ERROR");
    assertThat(errors.get(0).has("path")).isTrue();
  }

  @Test
  void answers422WithEachProblemAtItsPathInThaiOrEnglish() throws Exception {
    long id = created("school1", "81010001", "ROUND_6M");
    ObjectNode document =
        (ObjectNode)
            json(mvc.perform(get("/api/submissions/" + id).with(httpBasic("school1", "school1"))))
                .get("document");
    ((ObjectNode) document.get("data")).put("dataAsOf", "not a date");

    JsonNode thai =
        json(
            mvc.perform(
                    as(put("/api/submissions/" + id), "school1")
                        .header("If-Match", "\"0\"")
                        .content(JSON.writeValueAsString(document)))
                .andExpect(status().is(422)));
    JsonNode english =
        json(
            mvc.perform(
                    as(put("/api/submissions/" + id), "school1")
                        .header("If-Match", "\"0\"")
                        .header("Accept-Language", "en")
                        .content(JSON.writeValueAsString(document)))
                .andExpect(status().is(422)));

    assertThat(thai.get(0).get("path").asString()).isEqualTo("dataAsOf");
    assertThat(thai.get(0).get("message").asString()).matches(".*[\\u0E00-\\u0E7F].*");
    assertThat(english.get(0).get("path").asString()).isEqualTo("dataAsOf");
    assertThat(english.get(0).get("message").asString()).doesNotMatch(".*[\\u0E00-\\u0E7F].*");
  }

  @Test
  void answers409WithTheCurrentVersionToAStaleSave() throws Exception {
    long id = created("school1", "81010001", "Q2");
    JsonNode document =
        json(mvc.perform(get("/api/submissions/" + id).with(httpBasic("school1", "school1"))))
            .get("document");
    String body = JSON.writeValueAsString(document);
    mvc.perform(
            as(put("/api/submissions/" + id), "school1").header("If-Match", "\"0\"").content(body))
        .andExpect(status().isOk());

    JsonNode conflict =
        json(
            mvc.perform(
                    as(put("/api/submissions/" + id), "school1")
                        .header("If-Match", "\"0\"")
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(header().string("ETag", "\"1\"")));
    assertThat(conflict.get("currentVersion").asLong()).isEqualTo(1);
    assertThat(conflict.get("message").asString()).contains("1");
  }

  @Test
  void answers404ForAnotherUnitsSubmissionAndNeverShowsItsData() throws Exception {
    long id = created("school1", "81010001", "Q3");

    for (String path : new String[] {"", "/document"}) {
      MvcResult result =
          mvc.perform(get("/api/submissions/" + id + path).with(httpBasic("school2", "school2")))
              .andExpect(status().isNotFound())
              .andReturn();
      assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
          .doesNotContain("81010001")
          .doesNotContain("อนุบาลกระบี่");
    }
    mvc.perform(get("/api/submissions/" + id).with(httpBasic("supervision", "supervision")))
        .andExpect(status().isNotFound());
    mvc.perform(as(post("/api/submissions/" + id + "/submit"), "school2"))
        .andExpect(status().isNotFound());
    JsonNode listed =
        json(
            mvc.perform(
                get("/api/submissions?unit=81010001").with(httpBasic("school2", "school2"))));
    assertThat(listed).isEmpty();
    mvc.perform(get("/api/submissions/" + id).with(httpBasic("director", "director")))
        .andExpect(status().isOk());
  }

  @Test
  void answers403WhenTheRoleMayNotDoIt() throws Exception {
    long id = created("school1", "81010001", "Q4");
    mvc.perform(as(post("/api/submissions/" + id + "/approve"), "school1"))
        .andExpect(status().isForbidden());
    mvc.perform(as(post("/api/submissions/" + id + "/approve"), "director"))
        .andExpect(status().isForbidden());
  }

  @Test
  void downloadsTheWordDocumentWithAThaiFileNameWindowsAccepts() throws Exception {
    MvcResult result =
        mvc.perform(
                get("/api/submissions/" + demoApproved() + "/document")
                    .with(httpBasic("school2", "school2")))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string("Content-Type", org.tidtam.app.submission.service.DocumentFile.DOCX))
            .andReturn();
    String disposition = result.getResponse().getHeader("Content-Disposition");
    assertThat(disposition)
        .startsWith("attachment; filename=\"")
        .contains("filename*=UTF-8''%E0%B9%81%E0%B8%9A%E0%B8%9A%20"); // "แบบ "
    byte[] docx = result.getResponse().getContentAsByteArray();
    assertThat(docx[0]).isEqualTo((byte) 'P');
    assertThat(docx[1]).isEqualTo((byte) 'K');
  }

  @Test
  void theDownloadedDocumentNamesTheStoredSubmissionByIdAndVersion() throws Exception {
    long id = demoApproved();
    MvcResult read =
        mvc.perform(get("/api/submissions/" + id).with(httpBasic("school2", "school2")))
            .andExpect(status().isOk())
            .andReturn();
    long version = Long.parseLong(read.getResponse().getHeader("ETag").replace("\"", ""));
    JsonNode document = json(read).get("document");

    byte[] docx =
        mvc.perform(
                get("/api/submissions/" + id + "/document").with(httpBasic("school2", "school2")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    Provenance p = ProvenancePart.read(docx).orElseThrow();
    assertThat(p.sources())
        .containsExactly(
            new Provenance.Source(
                Long.toString(id),
                version,
                document.get("form").asString(),
                document.get("schemaVersion").asInt(),
                DataHash.of(document.get("data"))));
    assertThat(p.template().name()).startsWith(document.get("form").asString());
    assertThat(p.template().version()).startsWith("sha256:");
  }

  @Test
  void eachDocumentOfTheApprovedZipNamesItsStoredSubmission() throws Exception {
    JsonNode approved =
        json(
            mvc.perform(
                get("/api/submissions?status=APPROVED&unit=81010002")
                    .with(httpBasic("planner", "planner"))));
    JsonNode first = approved.get(0);
    String form = first.get("form").asString();
    MvcResult zip =
        mvc.perform(
                get("/api/submissions/approved.zip")
                    .param("form", form)
                    .param("fiscalYear", first.get("fiscalYear").asString())
                    .param("round", first.get("round").asString())
                    .with(httpBasic("planner", "planner")))
            .andExpect(status().isOk())
            .andReturn();

    java.util.List<String> ids = new java.util.ArrayList<>();
    try (var in =
        new java.util.zip.ZipInputStream(
            new java.io.ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Provenance p = ProvenancePart.read(in.readAllBytes()).orElseThrow();
        assertThat(p.sources())
            .singleElement()
            .satisfies(
                s -> {
                  assertThat(s.formId()).isEqualTo(form);
                  assertThat(s.version()).isNotNull();
                });
        ids.add(p.sources().getFirst().submissionId());
      }
    }
    assertThat(ids).contains(first.get("id").asString()).doesNotHaveDuplicates();
  }

  @Test
  void servesTheOpenApiDescription() throws Exception {
    JsonNode api = json(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()));
    assertThat(api.get("paths").has("/api/submissions/{id}")).isTrue();
    assertThat(api.get("paths").has("/api/forms")).isTrue();
  }

  private long demoApproved() throws Exception {
    JsonNode list =
        json(
            mvc.perform(
                get("/api/submissions?status=APPROVED&unit=81010002")
                    .with(httpBasic("school2", "school2"))));
    assertThat(list).isNotEmpty();
    return list.get(0).get("id").asLong();
  }

  private long created(String user, String unit, String round) throws Exception {
    MvcResult result =
        mvc.perform(
                as(post("/api/submissions"), user)
                    .content(
                        "{\"form\": \"7.3\", \"fiscalYear\": 2569, \"round\": \""
                            + round
                            + "\", \"unit\": \""
                            + unit
                            + "\"}"))
            .andExpect(status().isCreated())
            .andReturn();
    return json(result).get("submission").get("id").asLong();
  }

  private static MockHttpServletRequestBuilder as(
      MockHttpServletRequestBuilder request, String user) {
    return request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON);
  }

  private static JsonNode json(org.springframework.test.web.servlet.ResultActions actions)
      throws Exception {
    return json(actions.andReturn());
  }

  private static JsonNode json(MvcResult result) throws Exception {
    return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private static JsonNode find(JsonNode forms, String id) {
    for (JsonNode form : forms) {
      if (form.get("id").asString().equals(id)) {
        return form;
      }
    }
    throw new AssertionError("no form " + id + " in " + forms);
  }
}
