package org.tidtam.app.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.tidtam.app.editor.FormEditor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.toyform.ToyFormV2;
import org.tidtam.form.Filing;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.thai.Round;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A submission stored at an older schema version (the toy form's version 1, which called the unit's
 * name {@code groupName}) opens in the page upgraded by the plugin, and is saved at the current
 * version.
 */
@SpringBootTest
class SubmissionEditorViewOlderSchemaTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TestBean FormRegistry formRegistry;

  static FormRegistry formRegistry() {
    List<FormPlugin<?>> plugins = new ArrayList<>();
    for (FormPlugin<?> p : FormRegistry.load().all()) {
      plugins.add(p.id().value().equals("toy") ? new ToyFormV2() : p);
    }
    return FormRegistry.of(plugins);
  }

  @Autowired ApplicationContext spring;
  @Autowired SubmissionRepository rows;

  @Test
  void opensAVersion1SubmissionUpgradedAndSavesItAtVersion2() throws Exception {
    ObjectNode envelope =
        (ObjectNode)
            JSON.readTree(
                SubmissionEditorViewOlderSchemaTests.class.getResourceAsStream(
                    "/org/tidtam/app/toyform/sample-toy.json"));
    ObjectNode data = (ObjectNode) envelope.get("data");
    data.set("groupName", data.remove("unitName"));
    envelope.put("schemaVersion", 1);
    long id =
        rows.saveAndFlush(
                new StoredSubmission(
                    "toy",
                    1,
                    new Filing(2569, Round.ROUND_12M, "SUPERVISION"),
                    JSON.writeValueAsString(envelope),
                    "supervision",
                    Instant.parse("2025-10-01T00:00:00Z")))
            .id();

    try (SecuredBrowserlessApplicationContext<Authentication> app =
        SpringBrowserlessApplicationContext.createSecured(spring, SubmissionEditorView.class)) {
      var w = app.newUser("supervision", Role.STAFF.name()).newWindow();
      w.getUI().setLocale(Lang.TH.locale());
      w.navigate("submissions/" + id, SubmissionEditorView.class);

      FormEditor editor = w.find(FormEditor.class).single();
      assertThat(((HasValue<?, ?>) editor.fieldAt("unitName").orElseThrow()).getValue())
          .isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
      @SuppressWarnings("unchecked")
      var note = (HasValue<?, String>) editor.fieldAt("note").orElseThrow();
      note.setValue("บันทึกในรุ่นใหม่");
      w.test(w.find(Button.class).withId("editor-save").single()).click();
    }

    StoredSubmission saved = rows.findById(id).orElseThrow();
    assertThat(saved.getSchemaVersion()).isEqualTo(2);
    JsonNode stored = JSON.readTree(saved.getDocument());
    assertThat(stored.get("schemaVersion").asInt()).isEqualTo(2);
    assertThat(stored.get("data").has("groupName")).isFalse();
    assertThat(stored.get("data").get("unitName").asString()).startsWith("กลุ่มนิเทศ");
    assertThat(stored.get("data").get("note").asString()).isEqualTo("บันทึกในรุ่นใหม่");
  }
}
