package org.tidtam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestReport;
import org.tidtam.testforms.TestTemplates;
import org.tidtam.validation.Stage;

class FormPluginHarnessTests {

  private final FormPluginHarness<TestReport> harness =
      FormPluginHarness.of(new TestFormPlugin()).withTemplates(name -> TestTemplates.full());

  /** The test form under another id: no sample, and a template that names unknown fields. */
  static final class Broken implements FormPlugin<TestReport> {
    @Override
    public FormId id() {
      return FormId.of("T.9");
    }

    @Override
    public Class<TestReport> formType() {
      return TestReport.class;
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.of("เสีย", "Broken");
    }

    @Override
    public String templateName() {
      return "T.9.docx";
    }
  }

  /** A form whose label says งบประมาณที่ใช้จริง, a term the forms do not use. */
  @org.tidtam.form.Label(th = "แบบทดสอบคำ", en = "Terms test")
  record Spending(
      @org.tidtam.form.Label(th = "งบประมาณที่ใช้จริง (บาท)", en = "Spent (baht)")
          java.math.BigDecimal spent) {}

  static final class SpendingPlugin implements FormPlugin<Spending> {
    @Override
    public FormId id() {
      return FormId.of("T.8");
    }

    @Override
    public Class<Spending> formType() {
      return Spending.class;
    }

    @Override
    public String templateName() {
      return "T.8.docx";
    }
  }

  @Test
  void readsAndValidatesTheSample() {
    TestReport sample = harness.sample();
    assertThat(sample.projectName()).isEqualTo("โครงการพัฒนาการอ่านออกเขียนได้");
    assertThat(harness.validate(sample, Stage.SUBMIT)).isEmpty();
    assertThat(harness.schema().id()).isEqualTo(FormId.of("T.1"));
  }

  @Test
  void rendersADocumentDatedTheFixedToday() throws IOException {
    byte[] docx = harness.render(harness.sample());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("พิมพ์เมื่อ 30 กันยายน 2569");
    }
  }

  @Test
  void acceptsAWellFormedPlugin() {
    harness.assertWellFormed();
  }

  @Test
  void listsEveryProblemOfABrokenPlugin() {
    FormPluginHarness<TestReport> broken =
        FormPluginHarness.of(new Broken()).withTemplates(name -> TestTemplates.withUnknownFields());
    assertThatThrownBy(broken::assertWellFormed)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("form T.9 (" + Broken.class.getName() + ") is not well formed")
        .hasMessageContaining("sample sample-T.9.json")
        .hasMessageContaining("template T.9.docx")
        .hasMessageContaining("projectTitle");
  }

  @Test
  void acceptsMessagesThatAreTranslatedAndKeepToTheTerms() {
    harness.assertMessages();
  }

  @Test
  void namesALabelWithAnotherTermThanTheForms() {
    assertThatThrownBy(FormPluginHarness.of(new SpendingPlugin())::assertMessages)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the messages of form T.8")
        .hasMessageContaining("label of spent: งบประมาณที่ใช้จริง: say ผลการเบิกจ่าย");
  }

  @Test
  void namesATemplateThatPrintsAnotherTermThanTheForms() throws IOException {
    byte[] template;
    try (XWPFDocument doc = new XWPFDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("{{projectName}}");
      doc.createParagraph().createRun().setText("จุดเน้น/Quick Win สพฐ.");
      var heading = doc.createParagraph();
      heading.createRun().setText("เบิกจ่าย 6 ");
      heading.createRun().setText("เดือน (บาท)");
      doc.write(out);
      template = out.toByteArray();
    }

    assertThatThrownBy(
            FormPluginHarness.of(new TestFormPlugin()).withTemplates(name -> template)
                ::assertMessages)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "template T.1-test.docx: จุดเน้น/Quick Win: say จุดเน้นและนโยบายเร่งด่วน")
        .hasMessageContaining("template T.1-test.docx: เบิกจ่าย 6 เดือน: say ผลการเบิกจ่าย");
  }

  @Test
  void namesEveryLabelThatDoesNotStartWithItsTerm() {
    harness.assertLabels(java.util.Map.of("projectName", "ชื่อโครงการ"));

    assertThatThrownBy(
            () ->
                harness.assertLabels(
                    java.util.Map.of("projectName", "ชื่อกิจกรรม", "projectTitle", "ชื่อ")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the labels of form T.1")
        .hasMessageContaining("projectName reads \"ชื่อโครงการ\", not ชื่อกิจกรรม")
        .hasMessageContaining("projectTitle is not a field");
  }
}
