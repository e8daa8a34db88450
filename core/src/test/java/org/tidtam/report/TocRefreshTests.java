package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.figures.FiguresTests;
import org.tidtam.figures.OfficeReport;
import org.tidtam.testkit.LibreOffice;

/**
 * The indexes refreshed by LibreOffice: the PDF's table of contents gives each chapter the page on
 * which it really is. Skipped without LibreOffice, except on CI where it must be installed.
 */
class TocRefreshTests {

  static byte[] docx;

  @BeforeAll
  static void assemble() {
    AnnualReport report =
        AnnualReport.collect(
            ReportAssemblerTests.COVER,
            List.of("สำนักงานเขตพื้นที่การศึกษาได้จัดทำรายงานฉบับนี้"),
            List.of(),
            ReportAssemblerTests.SCOPE,
            List.of(
                OfficeReport.of(
                    FiguresTests.wholeOffice(), ReportAssemblerTests.SCOPE.officeName())));
    docx = new ReportAssembler(ReportOptions.defaults()).assemble(report);
  }

  private static void assumeLibreOffice() {
    if (!"true".equals(System.getenv("CI"))) {
      assumeTrue(TocRefresh.available(), "LibreOffice with Python's uno is not installed");
    }
  }

  @Test
  void theTableOfContentsGivesEachChapterThePageItIsOn(@TempDir Path dir) throws Exception {
    assumeLibreOffice();

    TocRefresh.Refreshed refreshed = TocRefresh.withDefaults().refresh(docx, true);

    assertThat(refreshed.refreshed()).isTrue();
    assertThat(new String(refreshed.pdfBytes().orElseThrow(), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(ReportAssemblerTests.entry(refreshed.docx(), "word/settings.xml"))
        .as("no 'update fields?' prompt when Word opens it")
        .doesNotContain("updateFields w:val=\"true\"")
        .doesNotContain("<w:updateFields/>");
    Path pdf = dir.resolve("report.pdf");
    Files.write(pdf, refreshed.pdfBytes().orElseThrow());
    String[] pages = LibreOffice.pdfText(pdf).split("\f");
    int body = bodyStart(pages);
    Files.copy(
        pdf, Path.of("/tmp/report2-toc.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    Map<String, Integer> toc = tableOfContents(pages, body);
    assertThat(toc.keySet())
        .containsExactly(
            OfficeChapter.EXECUTIVE_SUMMARY.title(),
            OfficeChapter.POLICY_RESULTS.title(),
            OfficeChapter.PROJECTS_AND_BUDGET.title(),
            OfficeChapter.SCHOOL_RESULTS.title(),
            OfficeChapter.PROBLEMS_AND_SUGGESTIONS.title(),
            "ภาคผนวก",
            "ภาคผนวก ก " + OfficeChapter.REPORTING.title());
    for (Map.Entry<String, Integer> entry : toc.entrySet()) {
      int page = firstPageWith(pages, body, entry.getKey());
      assertThat(footerNumber(pages[page]))
          .as("the page of \"%s\" in the PDF", entry.getKey())
          .isEqualTo(entry.getValue());
    }
    assertThat(toc.values()).as("the chapters start on different pages").doesNotHaveDuplicates();
  }

  @Test
  void withoutAPdfOnlyTheWordDocumentComesBack() throws IOException {
    assumeLibreOffice();

    TocRefresh.Refreshed refreshed = new TocRefresh(Duration.ofMinutes(3)).refresh(docx, false);

    assertThat(refreshed.refreshed()).isTrue();
    assertThat(refreshed.pdfBytes()).isEmpty();
    try (var doc = ReportAssemblerTests.read(refreshed.docx())) {
      assertThat(ReportAssemblerTests.texts(doc, "Heading1")).isNotEmpty();
    }
  }

  @Test
  void aLibreOfficeThatDiesAtItsFirstStartIsStartedOnceMore(@TempDir Path bin) throws IOException {
    assumeLibreOffice();
    // the first start ends at once, as a hidden LibreOffice now and then does on a fresh machine
    Path marker = bin.resolve("started-once");
    Path office =
        program(
            bin.resolve("soffice-dies-once"),
            "if [ ! -e '"
                + marker
                + "' ]; then touch '"
                + marker
                + "'; echo 'simulated crash'; exit 81; fi\n"
                + "exec soffice \"$@\"");

    TocRefresh.Refreshed refreshed =
        new TocRefresh(Duration.ofMinutes(3), office.toString()).refresh(docx, false);

    assertThat(marker).exists();
    assertThat(refreshed.refreshed()).isTrue();
    try (var doc = ReportAssemblerTests.read(refreshed.docx())) {
      assertThat(ReportAssemblerTests.texts(doc, "Heading1")).isNotEmpty();
    }
  }

  @Test
  void aLibreOfficeThatNeverStartsIsReportedWithWhatItSaid(@TempDir Path bin) throws IOException {
    assumeLibreOffice();
    Path office = program(bin.resolve("soffice-broken"), "echo 'cannot open display'; exit 77");
    var refresh = new TocRefresh(Duration.ofMinutes(3), office.toString());

    assertThatThrownBy(() -> refresh.refresh(docx, true))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("77")
        .hasMessageContaining("cannot open display");
  }

  @Test
  void withoutLibreOfficeTheReportComesBackAsAssembledWithItsFieldsToUpdateOnOpening() {
    TocRefresh.Refreshed refreshed =
        new TocRefresh(Duration.ofMinutes(1), "soffice-not-installed").refresh(docx, true);

    assertThat(refreshed.refreshed()).isFalse();
    assertThat(refreshed.pdfBytes()).isEmpty();
    assertThat(refreshed.docx()).isEqualTo(docx);
    assertThat(ReportAssemblerTests.entry(refreshed.docx(), "word/settings.xml"))
        .contains("updateFields");
  }

  /** An executable shell script standing in for LibreOffice's {@code soffice}. */
  private static Path program(Path file, String script) throws IOException {
    Files.writeString(file, "#!/bin/sh\n" + script + "\n");
    assertThat(file.toFile().setExecutable(true)).isTrue();
    return file;
  }

  /** The first page after the list of charts: the executive summary. */
  private static int bodyStart(String[] pages) {
    for (int i = 0; i < pages.length; i++) {
      if (pages[i].contains("สารบัญแผนภูมิ")) {
        return i + 1;
      }
    }
    throw new AssertionError("no list of charts in the PDF");
  }

  /**
   * The chapters and annexes of the table of contents with their page numbers. Text is compared
   * without spaces: pdftotext puts a space into some Thai clusters (ปั ญหา).
   */
  private static Map<String, Integer> tableOfContents(String[] pages, int body) {
    List<String> titles = new ArrayList<>();
    for (OfficeChapter chapter : OfficeChapter.values()) {
      if (chapter.kind() == ReportPart.Kind.CHAPTER) {
        titles.add(chapter.title());
      }
    }
    titles.add("ภาคผนวก");
    titles.add("ภาคผนวก ก " + OfficeChapter.REPORTING.title());
    Map<String, Integer> toc = new LinkedHashMap<>();
    for (int i = 0; i < body; i++) {
      if (pages[i].contains("สารบัญตาราง") || pages[i].contains("สารบัญแผนภูมิ")) {
        continue;
      }
      for (String line : pages[i].split("\n")) {
        for (String title : titles) {
          Matcher entry =
              Pattern.compile(Pattern.quote(squeeze(title)) + "\\.{3,}(\\d+)")
                  .matcher(squeeze(line));
          if (entry.matches()) {
            toc.put(title, Integer.parseInt(entry.group(1)));
          }
        }
      }
    }
    return toc;
  }

  private static int firstPageWith(String[] pages, int from, String heading) {
    for (int i = from; i < pages.length; i++) {
      for (String line : pages[i].split("\n")) {
        if (squeeze(line).equals(squeeze(heading))) {
          return i;
        }
      }
    }
    throw new AssertionError("\"" + heading + "\" is on no page of the body");
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** The page number printed in the page's footer: its last line. */
  private static int footerNumber(String page) {
    List<String> lines = page.lines().filter(l -> !l.isBlank()).toList();
    String last = lines.getLast().strip();
    assertThat(last).as("a page number in the footer").matches("\\d+");
    return Integer.parseInt(last);
  }
}
