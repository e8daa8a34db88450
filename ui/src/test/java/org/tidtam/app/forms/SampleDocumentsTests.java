package org.tidtam.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;
import org.tidtam.submission.SubmissionStore;

class SampleDocumentsTests {

  private final SubmissionService service = SubmissionService.create();
  private final SampleDocuments samples =
      new SampleDocuments(service, service.context(Catalog.demoCatalog(), SubmissionStore.empty()));

  @Test
  void rendersTheSampleOfEveryInstalledFormAsAWordDocument() throws IOException {
    List<String> rendered = new ArrayList<>();
    for (FormPlugin<?> plugin : FormRegistry.load().all()) {
      byte[] docx = samples.render(plugin);

      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
          XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
        assertThat(text.getText()).as(plugin.id().value()).isNotBlank().doesNotContain("{{");
      }
      rendered.add(plugin.id().value());
    }
    assertThat(rendered).contains("toy");
  }

  @Test
  void theToyFormsSampleShowsItsOwnData() throws IOException {
    byte[] docx = samples.render(FormRegistry.load().get("toy"));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("แบบทดลอง (ใช้ในการทดสอบเท่านั้น)")
          .contains("ประชุมเชิงปฏิบัติการครูผู้สอนภาษาไทย")
          .contains("45,750.50");
    }
  }

  @Test
  void namesTheFileInThaiAfterTheForm() {
    FormPlugin<?> plugin = FormRegistry.load().get("toy");

    assertThat(SampleDocuments.fileName(plugin)).isEqualTo("ตัวอย่างแบบ-toy.docx");
  }
}
