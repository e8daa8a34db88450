package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.catalog.Office;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.testkit.MessageBundles;

class ProjectReportPluginTests {
  private final ProjectReportPlugin plugin = new ProjectReportPlugin();

  @Test
  void theTitleIsTheLabelOfTheRecord() throws Exception {
    org.tidtam.form.Label label = ProjectReport.class.getAnnotation(org.tidtam.form.Label.class);

    assertThat(plugin.title()).isEqualTo(org.tidtam.i18n.LocalizedText.of(label.th(), label.en()));
    assertThat(ProjectReportPlugin.class.getMethod("title").getDeclaringClass())
        .as("the title is written once, on the record")
        .isEqualTo(org.tidtam.form.FormPlugin.class);
  }

  @Test
  void describesForm72() {
    assertThat(plugin.id().value()).isEqualTo("7.2");
    assertThat(plugin.title().th()).isEqualTo("แบบรายงานผลการดำเนินงานโครงการประจำปีงบประมาณ");
    assertThat(plugin.schemaVersion()).isEqualTo(2);
    assertThat(plugin.templateName()).isEqualTo("7.2-project-report.docx");
    assertThat(plugin.formType()).isEqualTo(ProjectReport.class);
    assertThat(plugin.derivedType()).isEqualTo(ProjectReportDerived.class);
  }

  @Test
  void isFoundByServiceLoader() {
    assertThat(ServiceLoader.load(FormPlugin.class).stream().map(ServiceLoader.Provider::type))
        .contains(ProjectReportPlugin.class);
  }

  @Test
  void sampleIsNextToThePluginClassInTheSubmissionEnvelope() throws IOException {
    try (InputStream in = ProjectReportPlugin.class.getResourceAsStream(plugin.sampleResource())) {
      assertThat(in).isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"form\": \"7.2\"", "\"schemaVersion\": 2", "\"data\"");
    }
    assertThat(Forms72.sample().projectName()).isEqualTo("โครงการขับเคลื่อนการอ่านออกเขียนได้");
  }

  @Test
  void everyMessageKeyIsTranslated() {
    Properties base = MessageBundles.bundle(ProjectReportPlugin.class, "");
    Properties th = MessageBundles.bundle(ProjectReportPlugin.class, "th");
    Properties en = MessageBundles.bundle(ProjectReportPlugin.class, "en");

    assertThat(base.stringPropertyNames())
        .isNotEmpty()
        .allMatch(k -> k.startsWith("tidtam.form72."));
    assertThat(th.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    assertThat(en.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    assertThat(th.getProperty("tidtam.form72.targets.required")).startsWith("ต้องระบุ");
  }

  @Test
  void derivesCatalogTitlesAndKeepsUnknownCodes() {
    Catalog catalog =
        new Catalog(
            new Office(
                "กบ",
                LocalizedText.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่", "Krabi PESAO"),
                LocalizedText.of("สพป.กระบี่", "Krabi PESAO"),
                "กระบี่"),
            true,
            List.of(2569),
            List.of(
                new OrgGroup(
                    "SUPERVISION",
                    LocalizedText.of(
                        "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "Supervision"))),
            List.of(),
            List.of(),
            List.of(
                new PolicyItem(
                    ReferenceKind.OBEC_POLICY,
                    "OBEC-2569-04",
                    2569,
                    4,
                    LocalizedText.of("พัฒนาคุณภาพการศึกษา", "Quality"))),
            List.of(),
            List.of());

    ProjectReportDerived derived = plugin.derive(Forms72.sample(), FormContext.of(catalog));

    assertThat(derived.groupName()).isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(derived.obecPolicy()).isEqualTo("4. พัฒนาคุณภาพการศึกษา");
    assertThat(derived.esaIndicators()).containsExactly("KBI-2569-2.3", "KBI-2569-2.1");
  }

  @Test
  void sampleRefersOnlyToCodesOfTheDemoCatalog() throws IOException {
    Catalog demo;
    try (InputStream in =
        Catalog.class.getResourceAsStream("/org/tidtam/catalog/demo-catalog.json")) {
      demo = CatalogJson.read(in);
    }
    ProjectReportDerived derived = plugin.derive(Forms72.sample(), FormContext.of(demo));

    assertThat(derived.groupName()).isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(derived.nationalStrategy())
        .startsWith("3. ด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์");
    assertThat(derived.obecPolicy()).startsWith("4. ส่งเสริมการอ่าน");
    assertThat(derived.obecFocus()).containsExactly("4. ระบบนิเทศภายในสถานศึกษา");
    assertThat(derived.esaStrategy()).isEqualTo("2. พัฒนาคุณภาพผู้เรียนตามหลักสูตรและสมรรถนะ");
    assertThat(derived.esaIndicators())
        .containsExactly(
            "ร้อยละของนักเรียน ป.1–3 ที่อ่านออกเขียนได้ (ระดับดีขึ้นไป)",
            "ร้อยละของนักเรียน ป.1 ที่มีผล RT รวม 2 สมรรถนะ ระดับดีขึ้นไป");
    assertThat(Forms72.sample().districts()).allMatch(demo.districts()::contains);
    assertThat(Forms72.sample().indicatorResults())
        .extracting(IndicatorResult::indicatorCode)
        .filteredOn(java.util.Objects::nonNull)
        .allMatch(code -> demo.indicator(code).isPresent());
  }
}
