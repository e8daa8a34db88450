package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.template.Numerals;
import org.tidtam.testkit.LibreOffice;
import org.tidtam.testkit.PageChecks;
import org.tidtam.testkit.PdfPage;

/**
 * The printed pages of form 7.2, the sample and a large report (60 activities with long results, 25
 * indicators, million-baht amounts, signers without names): signatures stay with the certification,
 * amounts never wrap, the activity table keeps to its page budget.
 */
class ProjectReportPageTests {

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
  }

  private static List<PdfPage> pages(ProjectReport form, Path dir) throws Exception {
    return LibreOffice.pages(LibreOffice.toPdf(RenderedDocx.of(form).bytes, dir));
  }

  private static void signaturesStayWithTheCertification(List<PdfPage> pages) {
    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
    assertThat(PageChecks.pagesWith(pages, "(ลงชื่อ)"))
        .as("every signature block is on the page of the certification statement")
        .containsExactlyElementsOf(PageChecks.pagesWith(pages, "ขอรับรองว่าข้อมูล"));
  }

  @Test
  void sampleSignsOnThePageOfItsCertificationWithFourSigners(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(Forms72.sample(), dir);

    signaturesStayWithTheCertification(pages);
    assertThat(PageChecks.occurrences(pages, "(ลงชื่อ)")).isEqualTo(4);
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.occurrences(pages, "แบบ 7.2")).isEqualTo(1);
  }

  @Test
  void largeReportKeepsItsPageBudgetAndNeverWrapsAnAmount(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(Forms72.read("stress-7.2.json"), dir);

    assertThat(pages.size()).as("pages of a report with 60 activities").isLessThanOrEqualTo(22);
    signaturesStayWithTheCertification(pages);
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(
            PageChecks.wrappedNumbers(
                pages, List.of("9,999,999.99", "9,876,543.21", "1,234,567.89", "150,000.00")))
        .isEmpty();
    assertThat(PageChecks.occurrences(pages, "(" + ".".repeat(42) + ")"))
        .as("signers without a name get a dotted blank")
        .isEqualTo(2);
  }

  @Test
  void thaiNumeralsPrintTheValuesInThaiDigits(@TempDir Path dir) throws Exception {
    byte[] docx = RenderedDocx.HARNESS.render(Forms72.sample(), Numerals.THAI);
    List<PdfPage> pages = LibreOffice.pages(LibreOffice.toPdf(docx, dir));

    assertThat(PageChecks.pagesWith(pages, "๑๕๐,๐๐๐.๐๐")).isNotEmpty();
    assertThat(PageChecks.pagesWith(pages, "150,000.00")).isEmpty();
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
  }
}
