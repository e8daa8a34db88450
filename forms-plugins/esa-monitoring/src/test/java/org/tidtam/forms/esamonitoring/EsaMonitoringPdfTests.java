package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.LibreOffice;

/** The rendered sample opens in LibreOffice and converts to PDF (skipped without LibreOffice). */
class EsaMonitoringPdfTests {

  @Test
  void sampleConvertsToPdf(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
    FormPluginHarness<EsaMonitoring> harness =
        FormPluginHarness.of(new EsaMonitoringPlugin())
            .withContext(Forms71.TestContext.demo(Forms71.supervisionProjects()));

    Path pdf = LibreOffice.toPdf(harness.render(harness.sample()), dir);

    assertThat(LibreOffice.pageCount(pdf)).isPositive();
    assertThat(LibreOffice.pdfText(pdf))
        .contains("315,000.00", "281,500.00", "104.67", "KBI-2569-P05");
  }
}
