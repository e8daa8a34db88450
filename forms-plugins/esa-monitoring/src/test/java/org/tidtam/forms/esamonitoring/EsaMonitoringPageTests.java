package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.LibreOffice;
import org.tidtam.testkit.PageChecks;
import org.tidtam.testkit.PdfPage;

/** The printed pages of form 7.1: signatures with their certification, amounts on one line. */
class EsaMonitoringPageTests {

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
  }

  @Test
  void sampleSignsOnThePageOfItsCertification(@TempDir Path dir) throws Exception {
    FormPluginHarness<EsaMonitoring> harness =
        FormPluginHarness.of(new EsaMonitoringPlugin())
            .withContext(Forms71.TestContext.demo(Forms71.supervisionProjects()));
    List<PdfPage> pages =
        LibreOffice.pages(LibreOffice.toPdf(harness.render(harness.sample()), dir));

    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
    assertThat(PageChecks.pagesWith(pages, "(ลงชื่อ)"))
        .containsExactlyElementsOf(PageChecks.pagesWith(pages, "ขอรับรองว่าข้อมูล"));
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.wrappedNumbers(pages, List.of("315,000.00", "281,500.00"))).isEmpty();
    assertThat(PageChecks.occurrences(pages, "แบบ 7.1")).isEqualTo(1);
    assertThat(PageChecks.pagesWith(pages, "แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา"))
        .containsExactly(1);
  }
}
