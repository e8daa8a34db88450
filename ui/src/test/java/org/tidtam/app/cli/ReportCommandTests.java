package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.provenance.DataHash;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.TocRefresh;
import tools.jackson.databind.json.JsonMapper;

/** {@code report}: the annual report from a folder with the samples of forms 7.1, 7.2 and 7.3. */
class ReportCommandTests {

  @TempDir Path dir;

  private final TidtamCli cli = new TidtamCli();

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }

  /** A context folder with the sample of each of the three forms. */
  private Path samples() throws IOException {
    Path context = Files.createDirectories(dir.resolve("context"));
    for (String form : List.of("7.1", "7.2", "7.3")) {
      CliResult r =
          run("sample", "--form", form, "--out", context.resolve(form + ".json").toString());
      assertThat(r.code).as(r.err).isZero();
    }
    return context;
  }

  /** The tables of a Word document by the caption above them. */
  private static Map<String, List<List<String>>> tables(Path docx) throws IOException {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      String caption = "";
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
          caption = p.getText();
        } else if (element instanceof XWPFTable t) {
          List<List<String>> rows = new ArrayList<>();
          for (XWPFTableRow row : t.getRows()) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
          }
          tables.put(caption, rows);
        }
      }
    }
    return tables;
  }

  private static List<String> paragraphs(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
  }

  private static List<String> headings(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      return doc.getParagraphs().stream()
          .filter(p -> "Heading1".equals(p.getStyleID()))
          .map(XWPFParagraph::getText)
          .toList();
    }
  }

  private static List<String> lastRow(Map<String, List<List<String>>> tables, String title) {
    return tables.entrySet().stream()
        .filter(e -> e.getKey().startsWith("ตารางที่") && e.getKey().endsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + title + " in " + tables.keySet()))
        .getValue()
        .getLast();
  }

  @Test
  void writesTheAnnualReportOfTheSamplesWithTheirFigures() throws IOException {
    Path context = samples();
    Path docx = dir.resolve("report.docx");

    CliResult r =
        run("report", "--year", "2569", "--context", context.toString(), "--out", docx.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out.lines())
        .singleElement()
        .asString()
        .startsWith("เขียนไฟล์ ")
        .contains(docx.toString());
    assertThat(headings(docx))
        .startsWith(
            "บทสรุปผู้บริหาร",
            "ส่วนที่ 1 ข้อมูลพื้นฐาน",
            "ส่วนที่ 2 ทิศทางการดำเนินงาน",
            "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์",
            "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ",
            "ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา",
            "ส่วนที่ 6 ผลงานดีเด่น");
    // the foreword the web application's report starts with, as the command line has none to ask
    assertThat(paragraphs(docx))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 ของสำนักงานเขตพื้นที่")
                    .contains("จัดทำขึ้นเพื่อสรุปผลการดำเนินงาน"));
    Map<String, List<List<String>>> tables = tables(docx);
    // the demo catalog's 12 schools, by district and size
    assertThat(lastRow(tables, "จำนวนสถานศึกษา จำแนกตามอำเภอและขนาด").getLast()).isEqualTo("12");
    // the sample project: 120,000 + 30,000 allocated, 112,000 + 28,000 spent = 93.33 %
    assertThat(lastRow(tables, "งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม"))
        .containsExactly("รวม", "1", "150,000.00", "140,000.00", "10,000.00", "93.33");
    // expected: the demo catalog's 12 schools (7.3) and 10 groups (7.1), the one project (7.2);
    // delivered: one of each, 3 of 23 = 13.04 %
    assertThat(lastRow(tables, "ความครบถ้วนและความทันเวลาของการรายงาน").subList(0, 4))
        .containsExactly("รวม", "23", "3", "13.04");
    if (!TocRefresh.available()) {
      assertThat(r.err).contains("LibreOffice");
    } else {
      assertThat(r.err).isEmpty();
    }
  }

  @Test
  void withPdfWritesThePdfNextToTheWordFile() throws IOException {
    assumeTrue(TocRefresh.available(), "LibreOffice with Python's uno is not installed");
    Path context = samples();
    Path docx = dir.resolve("annual.docx");

    CliResult r =
        run(
            "report",
            "--year",
            "2569",
            "--context",
            context.toString(),
            "--out",
            docx.toString(),
            "--pdf");

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out.lines()).hasSize(2);
    byte[] pdf = Files.readAllBytes(dir.resolve("annual.pdf"));
    assertThat(new String(pdf, 0, 5, UTF_8)).isEqualTo("%PDF-");
    assertThat(Files.size(docx)).isPositive();
  }

  @Test
  void pdfWithoutLibreOfficeFailsOnOneLineAndWritesNothing() throws IOException {
    assumeTrue(!TocRefresh.available(), "LibreOffice is installed");
    Path context = samples();
    Path docx = dir.resolve("report.docx");

    CliResult r =
        run(
            "report",
            "--year",
            "2569",
            "--context",
            context.toString(),
            "--out",
            docx.toString(),
            "--pdf");

    r.assertFailedInOneLine();
    assertThat(r.err).contains("--pdf").contains("LibreOffice");
    assertThat(docx).doesNotExist();
  }

  @Test
  void thaiNumeralsPrintTheFiguresInThaiDigits() throws IOException {
    Path context = samples();
    Path docx = dir.resolve("report.docx");

    CliResult r =
        run(
            "report",
            "--year",
            "2569",
            "--context",
            context.toString(),
            "--out",
            docx.toString(),
            "--numerals",
            "thai");

    assertThat(r.code).as(r.err).isZero();
    assertThat(lastRow(tables(docx), "งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม"))
        .containsExactly("รวม", "๑", "๑๕๐,๐๐๐.๐๐", "๑๔๐,๐๐๐.๐๐", "๑๐,๐๐๐.๐๐", "๙๓.๓๓");
  }

  @Test
  void aYearThatIsNotBuddhistEraFailsOnOneLine() throws IOException {
    Path context = samples();

    CliResult r =
        run(
            "report",
            "--year",
            "2026",
            "--context",
            context.toString(),
            "--out",
            dir.resolve("r.docx").toString());

    r.assertFailedInOneLine();
    assertThat(r.err).contains("--year").contains("2569");
    assertThat(dir.resolve("r.docx")).doesNotExist();
  }

  @Test
  void aMissingContextFolderOrOptionFailsOnOneLine() {
    Path missing = dir.resolve("nowhere");
    CliResult r =
        run(
            "report",
            "--year",
            "2569",
            "--context",
            missing.toString(),
            "--out",
            dir.resolve("r.docx").toString());
    r.assertFailedInOneLine();
    assertThat(r.err).contains("--context").contains("ไม่พบโฟลเดอร์");

    CliResult noOut = run("report", "--year", "2569", "--context", dir.toString());
    noOut.assertFailedInOneLine();
    assertThat(noOut.err).contains("--out");

    CliResult unknown = run("report", "--year", "2569", "--round", "12m", "--lang", "en");
    unknown.assertFailedInOneLine();
    assertThat(unknown.err).startsWith("error: ").contains("--round");
  }

  @Test
  void theReportNamesTheFolderSubmissionsAsItsSources() throws IOException {
    Path context = samples();
    Path docx = dir.resolve("report.docx");

    CliResult r =
        run("report", "--year", "2569", "--context", context.toString(), "--out", docx.toString());

    assertThat(r.code).as(r.err).isZero();
    Provenance p = ProvenancePart.read(docx).orElseThrow();
    assertThat(p.template()).isEqualTo(ReportAssembler.LAYOUT);
    assertThat(p.sources())
        .extracting(Provenance.Source::formId)
        .containsExactlyInAnyOrder("7.1", "7.2", "7.3");
    var sample72 = JsonMapper.builder().build().readTree(context.resolve("7.2.json").toFile());
    assertThat(p.sources())
        .filteredOn(s -> s.formId().equals("7.2"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.dataSha256()).isEqualTo(DataHash.of(sample72.get("data")));
              assertThat(s.submissionId()).isNull();
            });
    assertThat(p.dataSha256()).isEqualTo(Provenance.dataHashOf(p.sources()));
  }
}
