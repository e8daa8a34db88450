package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FieldType;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.JsonSchemaExporter;
import org.tidtam.testkit.MessageBundles;

class SchoolMonitoringPluginTests {
  private final SchoolMonitoringPlugin plugin = new SchoolMonitoringPlugin();

  @Test
  void theTitleIsTheLabelOfTheRecord() throws Exception {
    org.tidtam.form.Label label = SchoolMonitoring.class.getAnnotation(org.tidtam.form.Label.class);

    assertThat(plugin.title()).isEqualTo(org.tidtam.i18n.LocalizedText.of(label.th(), label.en()));
    assertThat(SchoolMonitoringPlugin.class.getMethod("title").getDeclaringClass())
        .as("the title is written once, on the record")
        .isEqualTo(org.tidtam.form.FormPlugin.class);
  }

  @Test
  void describesForm73() {
    assertThat(plugin.id().value()).isEqualTo("7.3");
    assertThat(plugin.title().th()).isEqualTo("แบบติดตามและรายงานผลของสถานศึกษา");
    assertThat(plugin.schemaVersion()).isEqualTo(2);
    assertThat(plugin.templateName()).isEqualTo("7.3-school-monitoring.docx");
    assertThat(plugin.formType()).isEqualTo(SchoolMonitoring.class);
  }

  @Test
  void isFoundByServiceLoaderAndTheRegistry() {
    assertThat(ServiceLoader.load(FormPlugin.class).stream().map(ServiceLoader.Provider::type))
        .contains(SchoolMonitoringPlugin.class);
    assertThat(FormRegistry.load().find("7.3")).get().isInstanceOf(SchoolMonitoringPlugin.class);
  }

  @Test
  void sampleIsNextToThePluginClassInTheSubmissionEnvelope() throws IOException {
    try (InputStream in =
        SchoolMonitoringPlugin.class.getResourceAsStream(plugin.sampleResource())) {
      assertThat(in).isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"form\": \"7.3\"", "\"schemaVersion\": 2", "\"data\"");
    }
    SchoolMonitoring sample = Forms73.sample();
    assertThat(sample.schoolCode()).isEqualTo("81010002");
    assertThat(sample.fiscalYear()).isEqualTo(2569);
    assertThat(sample.policies()).hasSize(12);
  }

  @Test
  void schemaHasSixNumberedSectionsAndComputedTotals() {
    FormSchema schema = FormSchema.of(plugin);

    assertThat(schema.sections())
        .extracting(s -> s.number())
        .containsExactly("1", "2", "3", "4", "5", "6");
    String json = JsonSchemaExporter.export(schema);
    assertThat(json).contains("\"schoolCode\"", "\"policies\"", "\"noProblems\"");
    assertThat(json).doesNotContain("\"totalStudents\"", "\"studentTeacherRatio\"");
    assertThat(schema.sections().getFirst().fields())
        .filteredOn(f -> f.name().equals("levels"))
        .extracting(f -> f.type())
        .containsExactly(FieldType.MULTI_CHOICE);
  }

  @Test
  void everyMessageKeyIsTranslated() {
    Properties base = MessageBundles.bundle(SchoolMonitoringPlugin.class, "");
    Properties th = MessageBundles.bundle(SchoolMonitoringPlugin.class, "th");
    Properties en = MessageBundles.bundle(SchoolMonitoringPlugin.class, "en");

    assertThat(base.stringPropertyNames())
        .isNotEmpty()
        .allMatch(k -> k.startsWith("tidtam.form73."));
    assertThat(th.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    assertThat(en.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    assertThat(th.getProperty("tidtam.form73.schoolCode.format"))
        .isEqualTo("รหัสสถานศึกษาต้องเป็นตัวเลข 8 หลัก (SMIS) หรือ 10 หลัก (สพฐ.)");
    assertThat(th).as("the generic texts are core's").doesNotContainKey("tidtam.form73.required");
  }
}
