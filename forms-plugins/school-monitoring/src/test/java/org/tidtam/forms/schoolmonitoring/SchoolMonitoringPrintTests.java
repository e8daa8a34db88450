package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.template.Numerals;
import org.tidtam.testkit.LibreOffice;
import org.tidtam.testkit.PageChecks;
import org.tidtam.testkit.PdfPage;
import org.tidtam.thai.ThaiDigits;
import org.tidtam.thai.ThaiNumbers;

/**
 * Form 7.3 as the office files it, read from the pages LibreOffice prints: the sample and a stress
 * report (long Thai text without spaces, every table full, large numbers, no signer names) keep
 * their signatures with the certification, print every number whole on one line with the decimals
 * of its unit (2 for percentages and scores, none for persons and counts), tick boxes in a font
 * that has them, and stay within a page budget: 8 pages for the sample, 70 for the stress report.
 */
class SchoolMonitoringPrintTests {
  static final int SAMPLE_PAGES = 8;
  static final int STRESS_PAGES = 70;

  /**
   * Section numbers such as 3.1 and 3.10 and the form's number 7.3: the decimals of the template's
   * own text, which are not values.
   */
  private static final Pattern SECTION = Pattern.compile("[1-7]\\.[0-9]{1,2}");

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]+");

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
  }

  static SchoolMonitoring stress() throws IOException {
    try (InputStream in = SchoolMonitoringPrintTests.class.getResourceAsStream("stress.json")) {
      assertThat(in).isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return (SchoolMonitoring) Forms73.HARNESS.service().read(json, "7.3").orElseThrow().form();
    }
  }

  private static List<PdfPage> pages(SchoolMonitoring form, Path dir) throws Exception {
    return LibreOffice.pages(LibreOffice.toPdf(Forms73.HARNESS.render(form), dir));
  }

  @Test
  void theStressReportIsADraftTheOfficeCouldReceive() throws IOException {
    SchoolMonitoring s = stress();

    assertThat(Forms73.draft(s)).isEmpty();
    assertThat(s.policies()).hasSize(30);
    assertThat(s.awards()).hasSize(40);
    assertThat(s.students()).hasSize(12);
    assertThat(s.reporter().name()).isEmpty();
    assertThat(s.director().name()).isEmpty();
    assertThat(s.totalStudents()).isEqualTo(34_200);
  }

  @Test
  void theSamplePrintsLikeTheOfficesOwnPapers(@TempDir Path dir) throws Exception {
    SchoolMonitoring sample = Forms73.sample();
    List<PdfPage> pages = pages(sample, dir);

    assertThat(pages).hasSizeLessThanOrEqualTo(SAMPLE_PAGES);
    assertFiled(pages, sample);
    assertThat(PageChecks.occurrences(pages, "ปีการศึกษา 2568"))
        .as("RT, NT, O-NET, screening, GPA, SAR")
        .isEqualTo(6);
    assertThat(
            PageChecks.occurrences(
                pages, "หมู่ที่ 2 ตำบลไสไทย อำเภอเมืองกระบี่ จังหวัดกระบี่ 81000"))
        .isEqualTo(1);
  }

  @Test
  void theStressReportPrintsLikeTheOfficesOwnPapers(@TempDir Path dir) throws Exception {
    SchoolMonitoring stress = stress();
    List<PdfPage> pages = pages(stress, dir);

    assertThat(pages).hasSizeLessThanOrEqualTo(STRESS_PAGES);
    assertFiled(pages, stress);
    assertThat(PageChecks.occurrences(pages, "(..........................................)"))
        .as("a dotted blank for each signer without a name")
        .isEqualTo(2);
    assertThat(PageChecks.occurrences(pages, "ผลต่างจากเขตพื้นที่")).as("RT and NT").isEqualTo(2);
    assertThat(PageChecks.occurrences(pages, "ผลต่างจากระดับประเทศ"))
        .as("RT, O-NET ป.6")
        .isEqualTo(2);
  }

  /**
   * The stress report in Thai digits, which are wider than Arabic ones: the number columns still
   * hold the largest counts and scores on one line, and no number breaks before a separator.
   */
  @Test
  void theStressReportInThaiDigitsNeverWrapsANumber(@TempDir Path dir) throws Exception {
    SchoolMonitoring stress = stress();
    List<PdfPage> pages =
        LibreOffice.pages(LibreOffice.toPdf(Forms73.HARNESS.render(stress, Numerals.THAI), dir));
    List<String> values = new ArrayList<>(scores(stress));
    values.addAll(counts(stress));

    assertThat(pages).hasSizeLessThanOrEqualTo(STRESS_PAGES);
    assertThat(PageChecks.wrappedNumbers(pages, values.stream().map(ThaiDigits::toThai).toList()))
        .isEmpty();
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(PageChecks.numberTails(pages)).isEmpty();
    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
  }

  /**
   * With Thai digits every value prints in Thai digits, in tables too, so a page never mixes the
   * two for values. The template's own numbers (section numbers, the form label, page numbers) are
   * text of the template and stay as written.
   */
  @Test
  void thaiDigitsPrintEveryValueInThaiDigits(@TempDir Path dir) throws Exception {
    SchoolMonitoring sample = Forms73.sample();
    List<PdfPage> pages =
        LibreOffice.pages(LibreOffice.toPdf(Forms73.HARNESS.render(sample, Numerals.THAI), dir));
    List<String> values = new ArrayList<>(scores(sample));
    values.addAll(counts(sample).stream().filter(c -> c.length() > 1).toList());

    assertThat(PageChecks.wrappedNumbers(pages, values.stream().map(ThaiDigits::toThai).toList()))
        .isEmpty();
    assertThat(
            PageChecks.arabicDigits(
                pages,
                w ->
                    SECTION.matcher(w).matches()
                        || !values.stream()
                            .anyMatch(
                                v ->
                                    w.matches(".*(^|[^0-9])" + Pattern.quote(v) + "([^0-9].*|$)"))))
        .isEmpty();
  }

  @Test
  void tickBoxesUseAFontThatHasTheirGlyphs(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.onPath("fc-list") && LibreOffice.onPath("pdffonts"));
    SchoolMonitoring form = stress();
    byte[] docx = Forms73.HARNESS.render(form);

    Set<String> fonts = tickFonts(docx);
    Set<String> withGlyphs =
        new LinkedHashSet<>(command(dir, "fc-list", ":charset=2610 2611", "family"));
    assertThat(fonts).isNotEmpty().allMatch(f -> withGlyphs.stream().anyMatch(g -> g.contains(f)));

    Path pdf = LibreOffice.toPdf(docx, dir);
    String embedded = String.join("\n", command(dir, "pdffonts", pdf.toString()));
    assertThat(fonts).allMatch(f -> embedded.contains(f.replace(" ", "")));
    List<PdfPage> pages = LibreOffice.pages(pdf);
    int boxes = 0;
    for (PdfPage p : pages) {
      for (PdfPage.Word w : p.words()) {
        if (w.text().startsWith("☑") || w.text().startsWith("☐")) {
          boxes++;
          PdfPage.Word next = nextOnLine(p, w);
          double box = w.yMax() - w.yMin();
          double text = next.yMax() - next.yMin();
          assertThat(box)
              .as("height of %s before %s", w.text(), next.text())
              .isBetween(0.7 * text, 1.5 * text);
        }
      }
    }
    // 3 levels, 7 characteristics, no safety plan and no lunch for every pupil
    assertThat(boxes).isEqualTo(12);
  }

  /** What every printed 7.3 must pass. */
  private static void assertFiled(List<PdfPage> pages, SchoolMonitoring form) {
    assertThat(PageChecks.pagesOpeningWithSignatures(pages, "(ลงชื่อ)")).isEmpty();
    assertThat(PageChecks.pagesWith(pages, "(ลงชื่อ)"))
        .hasSize(1)
        .containsExactlyElementsOf(PageChecks.pagesWith(pages, "ขอรับรองว่าข้อมูล"));
    assertThat(PageChecks.occurrences(pages, "แบบ 7.3")).isEqualTo(1);
    assertThat(PageChecks.occurrences(pages, "แบบติดตามและรายงานผลของสถานศึกษา")).isEqualTo(1);
    assertThat(PageChecks.brokenAmounts(pages)).isEmpty();
    assertThat(textRunningIntoTheFooter(pages)).isEmpty();
    assertThat(PageChecks.wrappedNumbers(pages, scores(form))).isEmpty();
    assertThat(PageChecks.wrappedNumbers(pages, counts(form))).isEmpty();
    assertThat(
            countsWithDecimals(
                pages, counts(form).stream().filter(c -> c.contains(",")).toList(), form))
        .isEmpty();
    assertThat(decimalsOtherThanTwo(pages, form)).isEmpty();
  }

  /** Scores and percentages of the tables, each as printed with 2 decimals. */
  static List<String> scores(SchoolMonitoring f) {
    List<BigDecimal> values = new ArrayList<>();
    for (TestResult r : List.of(f.rt(), f.nt(), f.onetP6())) {
      for (ScoreComparison c : r.comparison()) {
        values.add(c.school());
        values.add(c.esa());
        values.add(c.esaDifference());
        values.add(c.nation());
        values.add(c.nationDifference());
      }
    }
    for (GpaRow g : f.gpa().rows()) {
      values.add(g.gradeThreeUpPct());
      values.add(g.meanGrade());
    }
    for (ScreeningRow s : f.screening()) {
      values.add(s.veryGoodPct());
      values.add(s.goodOrBetterPct());
    }
    values.add(f.studentTeacherRatio());
    values.add(f.plcPercent());
    return values.stream()
        .filter(v -> v != null)
        .map(v -> ThaiNumbers.decimal(v, 2))
        .distinct()
        .toList();
  }

  /** Persons and counts, each as printed: grouped thousands, no decimals. */
  static List<String> counts(SchoolMonitoring f) {
    List<Integer> values = new ArrayList<>();
    for (GradeCount g : f.students()) {
      values.addAll(List.of(g.male(), g.female(), g.total(), g.rooms()));
    }
    values.addAll(List.of(f.totalMale(), f.totalFemale(), f.totalStudents(), f.totalRooms()));
    values.addAll(List.of(f.staff().civilServantTeachers(), f.staff().total()));
    for (ScreeningRow s : f.screening()) {
      values.addAll(List.of(s.tested(), s.veryGood(), s.good(), s.fair(), s.needsImprovement()));
    }
    for (GpaRow g : f.gpa().rows()) {
      values.addAll(List.of(g.graded(), g.gradeThreeUp()));
    }
    values.addAll(List.of(f.access().poor(), f.access().extremelyPoor(), f.health().measured()));
    return values.stream().map(ThaiNumbers::integer).distinct().toList();
  }

  /**
   * The counts printed with a decimal point: a person is never 1,234.00 persons. Counts of 1,000 or
   * more only, which no score or percentage starts with; the training hours may have one decimal.
   */
  static List<String> countsWithDecimals(
      List<PdfPage> pages, List<String> counts, SchoolMonitoring f) {
    String hours = f.teacherDevelopment().trainingHoursText();
    List<String> out = new ArrayList<>();
    for (PdfPage p : pages) {
      for (PdfPage.Word w : p.words()) {
        if (w.text().contains(hours)) {
          continue;
        }
        for (String c : counts) {
          if (Pattern.compile("(^|[^0-9,.])" + Pattern.quote(c) + "\\.[0-9]")
              .matcher(w.text())
              .find()) {
            out.add("page " + p.number() + ": " + w.text());
          }
        }
      }
    }
    return out;
  }

  /**
   * The printed decimals without exactly 2 places, other than section numbers and the training
   * hours (one decimal at most, as the form asks for them).
   */
  static List<String> decimalsOtherThanTwo(List<PdfPage> pages, SchoolMonitoring f) {
    String hours = f.teacherDevelopment().trainingHoursText();
    List<String> out = new ArrayList<>();
    for (PdfPage p : pages) {
      for (PdfPage.Word w : p.words()) {
        Matcher m = DECIMAL.matcher(w.text());
        while (m.find()) {
          String number = m.group();
          boolean two = number.length() - number.indexOf('.') - 1 == 2;
          if (!two && !SECTION.matcher(number).matches() && !number.equals(hours)) {
            out.add("page " + p.number() + ": " + w.text());
          }
        }
      }
    }
    return out;
  }

  /**
   * The words printed down into the footer, below the top of the page number "หน้า x จาก y": a
   * table row taller than a page that may not break is cut off there instead of continuing.
   */
  static List<String> textRunningIntoTheFooter(List<PdfPage> pages) {
    List<String> out = new ArrayList<>();
    for (PdfPage p : pages) {
      PdfPage.Word footer =
          p.words().stream()
              .filter(w -> w.text().equals("หน้า"))
              .max((a, b) -> Double.compare(a.yMin(), b.yMin()))
              .orElseThrow(() -> new AssertionError("no page number on page " + p.number()));
      for (PdfPage.Word w : p.words()) {
        if (w.yMax() > footer.yMin() && Math.abs(w.yMin() - footer.yMin()) >= 3) {
          out.add("page " + p.number() + ": " + w.text());
        }
      }
    }
    return out;
  }

  private static PdfPage.Word nextOnLine(PdfPage page, PdfPage.Word w) {
    return page.words().stream()
        .filter(o -> o != w && Math.abs(o.yMin() - w.yMin()) < 6 && o.xMin() >= w.xMax() - 1)
        .min((a, b) -> Double.compare(a.xMin(), b.xMin()))
        .orElseThrow(() -> new AssertionError("nothing follows " + w.text()));
  }

  /** The font families of the runs that print ☐ or ☑ in the document. */
  static Set<String> tickFonts(byte[] docx) throws IOException {
    String xml = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(xml).isNotNull();
    Set<String> fonts = new LinkedHashSet<>();
    Matcher run = Pattern.compile("<w:r>(.*?)</w:r>", Pattern.DOTALL).matcher(xml);
    while (run.find()) {
      String r = run.group(1);
      if (!r.contains("☐") && !r.contains("☑")) {
        continue;
      }
      Matcher font = Pattern.compile("w:(ascii|hAnsi|cs)=\"([^\"]+)\"").matcher(r);
      Set<String> named = new LinkedHashSet<>();
      while (font.find()) {
        named.add(font.group(2));
      }
      assertThat(named).as("fonts of the run %s", r).hasSize(1);
      fonts.addAll(named);
    }
    return fonts;
  }

  private static List<String> command(Path dir, String... command) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }
}
