package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.form.ProjectFact;
import org.tidtam.template.Numerals;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.LibreOffice;
import org.tidtam.testkit.PageChecks;
import org.tidtam.testkit.PdfPage;
import org.tidtam.thai.ThaiDigits;

/**
 * The printed pages of form 7.1: signatures with their certification, amounts on one line, also
 * when the group's projects run into millions of baht and the digits are Thai.
 */
class EsaMonitoringPageTests {

  /**
   * The amounts of the group's projects of up to ten million baht: a project's allocation and
   * spending, an indicator's two projects together, and the bold totals of section 3.
   */
  private static final List<String> LARGE_AMOUNTS =
      List.of(
          "9,999,999.99",
          "9,876,543.21",
          "1,234,567.89",
          "10,029,999.99",
          "9,900,543.21",
          "11,264,567.88",
          "11,135,111.10");

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
  }

  private static List<PdfPage> pages(List<ProjectFact> projects, Numerals numerals, Path dir)
      throws Exception {
    FormPluginHarness<EsaMonitoring> harness =
        FormPluginHarness.of(Forms71.PLUGIN).withContext(Forms71.TestContext.demo(projects));
    return LibreOffice.pages(LibreOffice.toPdf(harness.render(harness.sample(), numerals), dir));
  }

  /** The group's three projects with amounts of millions of baht. */
  private static List<ProjectFact> millionBahtProjects() {
    return List.of(
        Forms71.project(
            "KBI-2569-P03", "โครงการขับเคลื่อนการอ่านออกเขียนได้", "9999999.99", "9876543.21"),
        Forms71.project(
            "KBI-2569-P04",
            "โครงการยกระดับผลสัมฤทธิ์ทางการเรียนคณิตศาสตร์ ป.3",
            "1234567.89",
            "1234567.89"),
        Forms71.project(
            "KBI-2569-P05", "โครงการพัฒนาระบบนิเทศภายในสถานศึกษา", "30000.00", "24000.00"));
  }

  @Test
  void sampleSignsOnThePageOfItsCertification(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(Forms71.supervisionProjects(), Numerals.ARABIC, dir);

    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
    assertThat(PageChecks.pagesWith(pages, "(ลงชื่อ)"))
        .containsExactlyElementsOf(PageChecks.pagesWith(pages, "ขอรับรองว่าข้อมูล"));
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.wrappedNumbers(pages, List.of("315,000.00", "281,500.00"))).isEmpty();
    assertThat(PageChecks.occurrences(pages, "แบบ 7.1")).isEqualTo(1);
    assertThat(PageChecks.pagesWith(pages, "แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา"))
        .containsExactly(1);
  }

  @Test
  void moneyColumnsHoldMillionsOfBahtOnOneLine(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(millionBahtProjects(), Numerals.ARABIC, dir);

    assertThat(PageChecks.wrappedSomewhere(pages, LARGE_AMOUNTS)).isEmpty();
    assertThat(PageChecks.wrappedSomewhere(pages, List.of("ดำเนินการแล้วเสร็จ")))
        .as("a project's status on one line")
        .isEmpty();
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.numberTails(pages)).isEmpty();
  }

  @Test
  void moneyColumnsHoldMillionsOfBahtInThaiDigitsOnOneLine(@TempDir Path dir) throws Exception {
    List<PdfPage> pages = pages(millionBahtProjects(), Numerals.THAI, dir);

    assertThat(
            PageChecks.wrappedSomewhere(
                pages, LARGE_AMOUNTS.stream().map(ThaiDigits::toThai).toList()))
        .as("Thai digits are wider than Arabic ones: the money columns hold them too")
        .isEmpty();
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.numberTails(pages)).isEmpty();
    assertThat(PageChecks.arabicDigits(PageChecks.bodies(pages)))
        .as("no Arabic digit between the header and the footer")
        .isEmpty();
    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
  }
}
