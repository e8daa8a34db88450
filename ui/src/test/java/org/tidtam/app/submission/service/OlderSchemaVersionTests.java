package org.tidtam.app.submission.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.test.util.ReflectionTestUtils;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.AuditRepository;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.toyform.ToyForm;
import org.tidtam.app.toyform.ToyFormV2;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A submission stored by an older release (schema version 1 of a form now at version 2) opens,
 * validates and renders after the plugin's migration, and is saved at the current version.
 */
class OlderSchemaVersionTests {

  static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Lang.TH);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void opensChecksRendersAndSavesAVersion1SubmissionAtVersion2() throws Exception {
    SubmissionService service = SubmissionService.create(FormRegistry.of(List.of(new ToyFormV2())));
    SubmissionRepository rows = mock(SubmissionRepository.class);
    AuditRepository audit = mock(AuditRepository.class);
    SubmissionWorkflow workflow =
        new SubmissionWorkflow(
            service,
            rows,
            audit,
            new DatabaseSubmissionStore(rows, service),
            new SubmissionAccess(),
            new StaticListableBeanFactory(Map.of("catalog", Catalog.demoCatalog()))
                .getBeanProvider(Catalog.class),
            SubmitWindows.always(),
            Clock.fixed(Instant.parse("2026-09-30T03:00:00Z"), ZoneOffset.UTC),
            2569,
            Round.ROUND_12M);

    ObjectNode envelope =
        (ObjectNode)
            JSON.readTree(
                OlderSchemaVersionTests.class.getResourceAsStream(
                    "/org/tidtam/app/toyform/sample-toy.json"));
    ObjectNode data = (ObjectNode) envelope.get("data");
    data.set("groupName", data.remove("unitName"));
    envelope.put("schemaVersion", 1);
    StoredSubmission row =
        new StoredSubmission(
            "toy",
            1,
            new Filing(2569, Round.ROUND_12M, "SUPERVISION"),
            JSON.writeValueAsString(envelope),
            "someone",
            Instant.parse("2025-10-01T00:00:00Z"));
    ReflectionTestUtils.setField(row, "id", 7L);
    when(rows.findById(7L)).thenReturn(Optional.of(row));
    when(rows.saveAndFlush(any())).thenAnswer(call -> call.getArgument(0));
    when(rows.search(any(), any(), any(), any(), any())).thenReturn(List.of(row));

    OpenSubmission opened = workflow.open(ADMIN, 7L);
    assertThat(opened.submission().document().schemaVersion()).isEqualTo(2);
    assertThat(((ToyForm) opened.submission().form()).unitName())
        .isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(workflow.check(ADMIN, 7L, Stage.SUBMIT)).noneMatch(v -> v.isError());
    byte[] docx = workflow.document(ADMIN, 7L, Lang.TH).bytes();
    assertThat(new String(docx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("PK");

    workflow.save(ADMIN, 7L, row.getVersion(), opened.submission().document());

    assertThat(row.getSchemaVersion()).isEqualTo(2);
    JsonNode saved = JSON.readTree(row.getDocument());
    assertThat(saved.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(saved.get("data").has("groupName")).isFalse();
    assertThat(saved.get("data").get("unitName").asString()).startsWith("กลุ่มนิเทศ");
  }
}
