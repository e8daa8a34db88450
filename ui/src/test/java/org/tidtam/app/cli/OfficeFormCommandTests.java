package org.tidtam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code office-form}: the office's own 7.1 from the groups' 7.1 of a folder, and the annual
 * report's annex made from the same.
 */
class OfficeFormCommandTests {

  /** After the annex of the reports' completeness. */
  static final String ANNEX = "ภาคผนวก ข แบบ 7.1 แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา";

  @TempDir Path dir;

  private final TidtamCli cli = new TidtamCli();

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }

  /**
   * A folder with the 7.1 sample of กลุ่มนิเทศฯ, the same report made over as กลุ่มส่งเสริมฯ's with
   * its first indicator moved to 1.1, and the 7.2 sample.
   */
  private Path groupsReports() throws IOException {
    Path context = Files.createDirectories(dir.resolve("context"));
    for (String form : List.of("7.1", "7.2")) {
      CliResult r =
          run("sample", "--form", form, "--out", context.resolve(form + ".json").toString());
      assertThat(r.code).as(r.err).isZero();
    }
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode promo = (ObjectNode) json.readTree(context.resolve("7.1.json").toFile());
    ObjectNode data = (ObjectNode) promo.get("data");
    data.put("reportingGroup", "PROMO");
    ObjectNode first = (ObjectNode) data.get("results").get(0);
    first.put("indicatorCode", "KBI-2569-1.1");
    first.put("strategy", "KBS-2569-1");
    json.writeValue(context.resolve("7.1-promo.json").toFile(), promo);
    return context;
  }

  private static XWPFDocument read(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx)) {
      return new XWPFDocument(in);
    }
  }

  private static String text(XWPFDocument doc) {
    StringBuilder sb = new StringBuilder();
    doc.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
    for (XWPFTable t : doc.getTables()) {
      sb.append(t.getText()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void writesTheOfficesOwn71CombinedFromTheGroupsReports() throws IOException {
    Path context = groupsReports();
    Path docx = dir.resolve("office-7.1.docx");

    CliResult r =
        run(
            "office-form",
            "--form",
            "7.1",
            "--year",
            "2569",
            "--context",
            context.toString(),
            "--out",
            docx.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out.lines()).singleElement().asString().startsWith("เขียนไฟล์ ");
    try (XWPFDocument doc = read(docx)) {
      String text = text(doc);
      assertThat(doc.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .contains("แบบ 7.1", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
      // six rows: the three of each group, 2.2 and 2.3 twice, each naming its group
      assertThat(text)
          .contains("จากทั้งหมด 6 ตัวชี้วัด")
          .contains("KBI-2569-1.1")
          .contains("(กลุ่มส่งเสริมการจัดการศึกษา)")
          .contains("(กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา)")
          .contains("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
    }
  }

  @Test
  void thaiNumeralsPrintTheOfficesFormInThaiDigits() throws IOException {
    Path context = groupsReports();
    Path docx = dir.resolve("office-7.1.docx");

    CliResult r =
        run(
            "office-form",
            "--form",
            "7.1",
            "--year",
            "2569",
            "--context",
            context.toString(),
            "--out",
            docx.toString(),
            "--numerals",
            "thai");

    assertThat(r.code).as(r.err).isZero();
    try (XWPFDocument doc = read(docx)) {
      assertThat(text(doc)).contains("จากทั้งหมด ๖ ตัวชี้วัด");
    }
  }

  @Test
  void theAnnualReportHasTheOfficesOwn71AsAnAnnex() throws IOException {
    Path context = groupsReports();
    Path docx = dir.resolve("report.docx");

    CliResult r =
        run("report", "--year", "2569", "--context", context.toString(), "--out", docx.toString());

    assertThat(r.code).as(r.err).isZero();
    try (XWPFDocument doc = read(docx)) {
      assertThat(doc.getParagraphs())
          .filteredOn(p -> "Heading1".equals(p.getStyleID()))
          .extracting(XWPFParagraph::getText)
          .contains(ANNEX)
          .doesNotContain("ส่วนที่ 1 ข้อมูลทั่วไป");
      String text = text(doc);
      assertThat(text.substring(text.lastIndexOf(ANNEX)))
          .contains("จากทั้งหมด 6 ตัวชี้วัด")
          .contains("(กลุ่มส่งเสริมการจัดการศึกษา)");
    }
  }

  @Test
  void aFormWithoutAnOfficeFormOrAYearWithoutReportsFailsOnOneLine() throws IOException {
    Path context = groupsReports();
    Path docx = dir.resolve("office.docx");

    CliResult noOfficeForm =
        run(
            "office-form",
            "--form",
            "7.2",
            "--year",
            "2569",
            "--context",
            context.toString(),
            "--out",
            docx.toString());
    noOfficeForm.assertFailedInOneLine();
    assertThat(noOfficeForm.err).isEqualTo("ข้อผิดพลาด: แบบ 7.2 ไม่มีแบบระดับสำนักงาน\n");

    CliResult noReports =
        run(
            "office-form",
            "--form",
            "7.1",
            "--year",
            "2570",
            "--context",
            context.toString(),
            "--out",
            docx.toString(),
            "--lang",
            "en");
    noReports.assertFailedInOneLine();
    assertThat(noReports.err)
        .isEqualTo("error: no form 7.1 of fiscal year 2570, 12-month round, in the folder\n");
    assertThat(docx).doesNotExist();
  }

  @Test
  void aMisspeltCommandOrAnUnknownFormIsNamedOnOneLine() throws IOException {
    CliResult typo = run("ofice-form", "--form", "7.1");
    typo.assertFailedInOneLine();
    assertThat(typo.err).contains("หมายถึง office-form หรือเปล่า?");

    CliResult unknown =
        run(
            "office-form",
            "--form",
            "7.9",
            "--year",
            "2569",
            "--context",
            groupsReports().toString(),
            "--out",
            dir.resolve("x.docx").toString());
    unknown.assertFailedInOneLine();
    assertThat(unknown.err).contains("7.9").contains("7.1");
  }

  @Test
  void theHelpNamesTheCommandInThaiAndInEnglish() {
    CliResult r = run("help");

    assertThat(r.out).contains("office-form --form 7.1").contains("office-form the office's own");
  }
}
