package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
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
 * amounts and status labels never wrap, the report keeps to its page budget.
 */
class ProjectReportPageTests {
  /**
   * Pages a Thai office can file for the large report: its 60 activities print as three rows each
   * (the step across the table, the dates, money and status, then the result across the table) in
   * the 12 pt table font, eight to a page.
   */
  static final int LARGE_REPORT_PAGES = 15;

  private static final List<String> STATUS_LABELS =
      List.of("ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ");

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

  /**
   * The pages where an activity is parted from its result: the page opens with a result (its step
   * and facts left on the page before) or ends with a step or its facts (the result carried over).
   * Each activity's step starts with กิจกรรมที่ in the large report.
   */
  static List<Integer> activitiesPartedFromTheirResults(List<PdfPage> pages) {
    List<Integer> out = new ArrayList<>();
    for (PdfPage p : pages) {
      List<PdfPage.Word> body = p.body(PageChecks.HEADER_FOOTER);
      var steps = body.stream().filter(w -> w.text().contains("กิจกรรมที่")).toList();
      var results = body.stream().filter(w -> w.text().startsWith("ผลที่เกิด")).toList();
      if (steps.isEmpty() && results.isEmpty()) {
        continue;
      }
      double firstStep = steps.stream().mapToDouble(PdfPage.Word::yMin).min().orElse(1e9);
      double firstResult = results.stream().mapToDouble(PdfPage.Word::yMin).min().orElse(1e9);
      double lastStep = steps.stream().mapToDouble(PdfPage.Word::yMin).max().orElse(-1);
      double lastResult = results.stream().mapToDouble(PdfPage.Word::yMin).max().orElse(-1);
      if (firstResult < firstStep || lastStep > lastResult) {
        out.add(p.number());
      }
    }
    return out;
  }

  /** The words of the page's footer, left to right. */
  private static String footer(PdfPage page) {
    return String.join(
        " ",
        page.words().stream()
            .filter(w -> w.yMin() > page.height() - PageChecks.HEADER_FOOTER)
            .sorted((a, b) -> Double.compare(a.xMin(), b.xMin()))
            .map(PdfPage.Word::text)
            .toList());
  }

  private static String footerXml(byte[] docx) throws Exception {
    StringBuilder xml = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("word/footer")) {
          xml.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return xml.toString();
  }

  @Test
  void sampleSignsOnThePageOfItsCertificationWithFourSigners(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(Forms72.sample(), dir);

    signaturesStayWithTheCertification(pages);
    assertThat(PageChecks.occurrences(pages, "(ลงชื่อ)")).isEqualTo(4);
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.numberTails(pages)).isEmpty();
    assertThat(PageChecks.occurrences(pages, "แบบ 7.2")).isEqualTo(1);
  }

  @Test
  void largeReportKeepsItsPageBudgetAndNeverWrapsAnAmount(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(Forms72.read("stress-7.2.json"), dir);

    assertThat(pages.size())
        .as("pages of a report with 60 activities and 25 indicators")
        .isLessThanOrEqualTo(LARGE_REPORT_PAGES);
    assertThat(PageChecks.occurrences(pages, "ผลที่เกิด"))
        .as("a result row for every activity")
        .isEqualTo(60);
    assertThat(activitiesPartedFromTheirResults(pages))
        .as("each activity's step, facts and result on one page")
        .isEmpty();
    signaturesStayWithTheCertification(pages);
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.numberTails(pages)).as("numbers broken before a separator").isEmpty();
    assertThat(
            PageChecks.wrappedNumbers(
                pages,
                List.of(
                    "9,999,999.99",
                    "9,876,543.21",
                    "1,234,567.89",
                    "150,000.00",
                    "10,029,999.99",
                    "1,360,024.67")))
        .isEmpty();
    assertThat(PageChecks.wrappedSomewhere(pages, STATUS_LABELS))
        .as("status labels on one line")
        .isEmpty();
    assertThat(PageChecks.wrappedSomewhere(pages, List.of("(อปท./กสศ./เอกชน)")))
        .as("the funding source's agencies on one line")
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
    assertThat(PageChecks.numberTails(pages)).isEmpty();
    assertThat(PageChecks.arabicDigits(PageChecks.bodies(pages)))
        .as("no Arabic digit between the header and the footer")
        .isEmpty();
  }

  @Test
  void largeReportInThaiDigitsNeverWrapsAnAmount(@TempDir Path dir) throws Exception {
    byte[] docx = RenderedDocx.HARNESS.render(Forms72.read("stress-7.2.json"), Numerals.THAI);
    List<PdfPage> pages = LibreOffice.pages(LibreOffice.toPdf(docx, dir));

    assertThat(pages.size()).isLessThanOrEqualTo(LARGE_REPORT_PAGES);
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.numberTails(pages)).as("numbers broken before a separator").isEmpty();
    assertThat(
            PageChecks.wrappedNumbers(
                pages, List.of("๙,๙๙๙,๙๙๙.๙๙", "๙,๘๗๖,๕๔๓.๒๑", "๑,๒๓๔,๕๖๗.๘๙", "๑๐,๐๒๙,๙๙๙.๙๙")))
        .as("Thai digits are wider than Arabic ones: the money columns hold them too")
        .isEmpty();
    assertThat(PageChecks.arabicDigits(PageChecks.bodies(pages))).isEmpty();
  }

  /**
   * Word prints the page numbers of a Thai-numeral document in Thai digits: the footer's {@code
   * PAGE} and {@code NUMPAGES} fields carry {@code \* THAIARABIC}. LibreOffice 7.4 prints them in
   * Arabic digits whatever the document says: its Word reader knows neither that switch (only the
   * spelling {@code ThaiArabic}, which it takes for Thai letters ก, ข, ...) nor the section's page
   * number format {@code <w:pgNumType w:fmt="thaiNumbers"/>} (ST_NumberFormat {@code thaiNumbers}
   * is among the formats it reads as decimal), so setting that format changes nothing there. The
   * page numbers are the only Arabic digits of such a PDF; when LibreOffice learns Thai page
   * numbers this test fails and the expectation becomes {@code หน้า ๑ จาก ...}.
   */
  @Test
  void thaiNumeralsLeaveOnlyLibreOfficesPageNumbersInArabicDigits(@TempDir Path dir)
      throws Exception {
    byte[] docx = RenderedDocx.HARNESS.render(Forms72.sample(), Numerals.THAI);
    List<PdfPage> pages = LibreOffice.pages(LibreOffice.toPdf(docx, dir));

    assertThat(footerXml(docx)).contains("PAGE \\* THAIARABIC", "NUMPAGES \\* THAIARABIC");
    assertThat(footer(pages.getFirst())).isEqualTo("หน้า 1 จาก " + pages.size());
    assertThat(PageChecks.arabicDigits(pages))
        .allSatisfy(word -> assertThat(word).matches("page \\d+: \\d+"));
  }
}
