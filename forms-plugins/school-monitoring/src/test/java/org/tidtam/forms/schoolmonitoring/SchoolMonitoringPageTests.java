package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.testkit.LibreOffice;
import org.tidtam.testkit.PageChecks;
import org.tidtam.testkit.PdfPage;

/** The printed pages of form 7.3: signatures with their certification, one form label. */
class SchoolMonitoringPageTests {

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
  }

  @Test
  void sampleSignsOnThePageOfItsCertification(@TempDir Path dir) throws Exception {
    List<PdfPage> pages =
        LibreOffice.pages(LibreOffice.toPdf(Forms73.HARNESS.render(Forms73.sample()), dir));

    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
    assertThat(PageChecks.pagesWith(pages, "(ลงชื่อ)"))
        .containsExactlyElementsOf(PageChecks.pagesWith(pages, "ขอรับรองว่าข้อมูล"));
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.occurrences(pages, "แบบ 7.3")).isEqualTo(1);
  }
}
