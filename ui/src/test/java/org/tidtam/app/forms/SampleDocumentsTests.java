package org.tidtam.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    for (FormPlugin<?> plugin : FormRegistry.load().all()) {
      byte[] docx = samples.render(plugin);

      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
          XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
        assertThat(text.getText()).as(plugin.id().value()).contains("2569").doesNotContain("{{");
      }
    }
  }

  @Test
  void namesTheFileInThaiAfterTheForm() {
    FormPlugin<?> plugin = FormRegistry.load().get("7.2");

    assertThat(SampleDocuments.fileName(plugin)).isEqualTo("ตัวอย่างแบบ-7.2.docx");
  }
}
