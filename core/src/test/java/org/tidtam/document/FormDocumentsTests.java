package org.tidtam.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormContext;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TemplateException;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestReport;
import org.tidtam.testforms.TestTemplates;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

class FormDocumentsTests {

  private static final TemplateEngine ENGINE = TemplateEngine.create();
  private final TestFormPlugin plugin = new TestFormPlugin();
  private final SubmissionCodec codec = SubmissionCodec.create();
  private final FormContext context = FormContext.of(FormPluginHarness.demoCatalog());

  private TestReport sample() {
    return codec.toForm(plugin, codec.sample(plugin));
  }

  private static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @Test
  void rendersTheFormWithComputedDerivedAndDocumentValues() throws IOException {
    FormDocuments documents = new FormDocuments(ENGINE, name -> TestTemplates.full());
    byte[] docx =
        documents.render(
            plugin,
            sample(),
            context,
            new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30)));
    try (XWPFDocument doc = read(docx);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .contains("แบบฟอร์ม T.1 แบบรายงานทดสอบ สพป.ทดสอบ")
          .contains("โครงการ โครงการพัฒนาการอ่านออกเขียนได้ ปีงบประมาณ 2569")
          .contains("งบประมาณ 150,000.50 บาท (หนึ่งแสนห้าหมื่นบาทห้าสิบสตางค์)")
          .contains("สถานะ ดำเนินการแล้ว เริ่ม 1 ตุลาคม 2568")
          .contains("ผู้รายงาน นางสาวสมศรี ใจดี พิมพ์เมื่อ 30 กันยายน 2569")
          .contains("รวมใช้จ่าย 147,500.25")
          .doesNotContain("{{");
      XWPFTable table = doc.getTables().getFirst();
      assertThat(table.getRows()).hasSize(3);
      assertThat(table.getRow(2).getTableCells())
          .extracting(c -> c.getText())
          .containsExactly("2", "จัดซื้อหนังสือ & สื่อ <ชุดที่ 1>", "99,500.25", "500.25");
    }
  }

  @Test
  void compilesATemplateReplacedUnderTheSameNameAgain() throws IOException {
    TemplateEngine engine = TemplateEngine.create();
    byte[][] current = {TestTemplates.full()};
    FormDocuments documents = new FormDocuments(engine, name -> current[0]);
    RenderOptions options = new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));

    assertThat(documents.isCompiled(plugin)).isFalse();
    documents.template(plugin);
    assertThat(documents.isCompiled(plugin)).isTrue();

    current[0] = org.tidtam.template.TestDocx.of("ฉบับใหม่ {{projectName}}");
    assertThat(documents.isCompiled(plugin)).isFalse();
    byte[] docx = documents.render(plugin, sample(), context, options);
    assertThat(documents.isCompiled(plugin)).isTrue();
    try (XWPFDocument doc = read(docx)) {
      assertThat(doc.getParagraphs().getFirst().getText()).startsWith("ฉบับใหม่ ");
    }
  }

  @Test
  void rendersASubmissionOfAnOlderSchemaVersionAfterMigratingIt() throws IOException {
    SubmissionDocument v1;
    try (InputStream in = TestFormPlugin.class.getResourceAsStream("sample-T.1-v1.json")) {
      v1 = codec.read(Objects.requireNonNull(in));
    }
    assertThat(v1.schemaVersion()).isEqualTo(1);
    TestReport report = codec.toForm(plugin, v1);
    assertThat(FormValidator.create().validate(report, Stage.SUBMIT, Lang.TH))
        .filteredOn(Violation.Shown::isError)
        .isEmpty();
    FormDocuments documents = new FormDocuments(ENGINE, name -> TestTemplates.full());
    byte[] docx =
        documents.render(
            plugin,
            report,
            context,
            new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30)));
    try (XWPFDocument doc = read(docx);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(extractor.getText())
          .contains("โครงการ โครงการพัฒนาการอ่านออกเขียนได้ ปีงบประมาณ 2569")
          .contains("ผู้รายงาน นางสาวสมศรี ใจดี พิมพ์เมื่อ 30 กันยายน 2569");
    }
  }

  @Test
  void speaksTheRenderLanguage() throws IOException {
    FormDocuments documents = new FormDocuments(ENGINE, name -> TestTemplates.full());
    byte[] docx =
        documents.render(
            plugin,
            sample(),
            context,
            new RenderOptions(Lang.EN, Numerals.ARABIC, LocalDate.of(2026, 9, 30)));
    try (XWPFDocument doc = read(docx);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(extractor.getText()).contains("Test report").contains("สถานะ Done");
    }
  }

  @Test
  void compilesEachTemplateOnce() {
    int[] loads = {0};
    FormDocuments documents =
        new FormDocuments(
            ENGINE,
            name -> {
              loads[0]++;
              assertThat(name).isEqualTo("T.1-test.docx");
              return TestTemplates.full();
            });
    assertThat(documents.template(plugin)).isSameAs(documents.template(plugin));
    assertThat(loads[0]).as("read each time, so that a replaced template is seen").isEqualTo(2);
  }

  @Test
  void lintsTheTemplateAgainstTheForm() {
    FormDocuments documents = new FormDocuments(ENGINE, name -> TestTemplates.withUnknownFields());
    assertThatThrownBy(() -> documents.template(plugin))
        .isInstanceOf(TemplateException.class)
        .satisfies(
            e ->
                assertThat(((TemplateException) e).problems())
                    .extracting(p -> p.message().in(Lang.EN))
                    .anySatisfy(m -> assertThat(m).contains("projectTitle"))
                    .anySatisfy(m -> assertThat(m).contains("phone")));
  }

  @Test
  void aMissingClasspathTemplateIsNamed() {
    FormDocuments documents = FormDocuments.create(ENGINE);
    assertThatThrownBy(() -> documents.template(plugin))
        .isInstanceOf(LocalizedException.class)
        .hasMessageContaining("template T.1-test.docx not found")
        .hasMessageContaining("templates/T.1-test.docx")
        .satisfies(
            e ->
                assertThat(((LocalizedException) e).text(Lang.TH))
                    .startsWith("ไม่พบแม่แบบเอกสาร T.1-test.docx"));
  }
}
