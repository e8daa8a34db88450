package org.tidtam.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.Contact;
import org.tidtam.report.ReportAssemblerTests;
import org.tidtam.report.ReportOptions;
import org.tidtam.testkit.DocxText;
import org.tidtam.testkit.LibreOffice;

/**
 * The public summary of {@link OfficeYear}: the hand-computed aggregates, a short Word document of
 * them, and no trace of the people who coordinate the units.
 */
class PublicSummaryTests {

  static PublicSummary summary;
  static byte[] docx;

  @BeforeAll
  static void render() {
    summary = PublicSummary.of(OfficeYear.figures(), OfficeYear.CATALOG);
    docx = PublicSummaryDocument.render(summary, ReportOptions.defaults());
  }

  @Test
  void holdsTheHandComputedAggregates() {
    assertThat(summary.office().th()).isEqualTo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
    assertThat(summary.fiscalYear()).isEqualTo(2569);
    // S1..S4; 90 + 300 + 45 (S3's report), S4 unknown
    assertThat(summary.schools()).isEqualTo(4);
    assertThat(summary.students()).isEqualTo(435);
    assertThat(summary.districts()).isEqualTo(2);
    // 9 reports expected (4 schools, 2 groups, 3 projects), S4's missing
    assertThat(summary.reportsDelivered()).isEqualTo(8);
    assertThat(summary.reportsExpected()).isEqualTo(9);
    assertThat(summary.reportsDeliveredPct()).isEqualByComparingTo("88.89");
    assertThat(summary.indicatorsAchieved()).isEqualTo(2);
    assertThat(summary.indicators()).isEqualTo(3);
    assertThat(summary.indicatorsAchievedPct()).isEqualByComparingTo("66.67");
    // 180,000 allocated, 100,000 + 20,000 + 30,000 spent
    assertThat(summary.allocated()).isEqualByComparingTo("180000");
    assertThat(summary.spent()).isEqualByComparingTo("150000");
    assertThat(summary.spentPct()).isEqualByComparingTo("83.33");
    assertThat(summary.completedProjects()).isEqualTo(1);
    assertThat(summary.awards()).isEqualTo(4);
    assertThat(summary.awardsByLevel())
        .extracting(c -> c.label().th() + " " + c.count())
        .containsExactly(
            "ระดับประเทศ 1", "ระดับภาค 1", "ระดับเขตพื้นที่การศึกษา 1", "ไม่ระบุระดับ 1");
    assertThat(summary.schoolsByDistrict())
        .extracting(c -> c.label().th() + " " + c.count())
        .containsExactly("เมืองกระบี่ 2", "อ่าวลึก 2");
    assertThat(summary.highlights())
        .extracting(LocalizedText::th)
        .containsExactly(
            "ผลการดำเนินงานบรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด คิดเป็นร้อยละ 66.67",
            "ผลการเบิกจ่ายงบประมาณ 150,000.00 บาท จากงบประมาณที่ได้รับ 180,000.00 บาท"
                + " คิดเป็นร้อยละ 83.33",
            "โครงการที่ดำเนินการแล้วเสร็จและมีผลการเบิกจ่ายครบตามงบประมาณ 1 โครงการ",
            "สถานศึกษาได้รับผลงานและรางวัล 4 รายการ จากโรงเรียน 3 แห่ง",
            "สถานศึกษาได้รับผลงานและรางวัลระดับประเทศ 1 รายการ",
            "คะแนนเฉลี่ย RT ของโรงเรียนที่รายงานผล ร้อยละ 75.00 ถึงค่าเป้าหมาย (ร้อยละ 75.00)",
            "คะแนนเฉลี่ย NT ของโรงเรียนที่รายงานผล ร้อยละ 50.67 ถึงค่าเป้าหมาย (ร้อยละ 50.00)");
    assertThat(summary.highlights().getFirst().en())
        .isEqualTo("2 of 3 indicators reached their targets (66.67%)");
  }

  @Test
  void theChartsArePngInEitherLanguage() {
    for (Lang lang : Lang.values()) {
      for (byte[] png :
          List.of(
              summary.indicatorsChartPng(lang),
              summary.budgetChartPng(lang),
              summary.schoolsChartPng(lang))) {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      }
    }
    assertThat(summary.budgetChart(Lang.EN).getTitle().getText())
        .isEqualTo("Budget allocated and spent by group");
  }

  @Test
  void theDocumentHasTheTitleKeyFiguresHighlightsChartsAndAwards() throws Exception {
    List<String> text = DocxText.paragraphs(docx);
    assertThat(text)
        .containsSubsequence(
            "สรุปผลการดำเนินงานเพื่อเผยแพร่ต่อสาธารณะ",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "ประจำปีงบประมาณ พ.ศ. 2569",
            "ตัวเลขสำคัญ",
            "ผลการดำเนินงานที่สำคัญ",
            "1. ผลการดำเนินงานบรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด คิดเป็นร้อยละ 66.67",
            "ผลงานและรางวัลของสถานศึกษา");
    try (XWPFDocument doc = ReportAssemblerTests.read(docx)) {
      List<List<String>> key = rows(doc.getTables().getFirst());
      assertThat(key)
          .containsExactly(
              List.of("รายการ", "จำนวน", "ร้อยละ"),
              List.of("สถานศึกษาในสังกัด (แห่ง)", "4", "–"),
              List.of("นักเรียน (คน)", "435", "–"),
              List.of("รายงานผลที่ส่งแล้ว (ฉบับ)", "8 จาก 9", "88.89"),
              List.of("ตัวชี้วัดที่บรรลุเป้าหมาย", "2 จาก 3", "66.67"),
              List.of("งบประมาณที่ได้รับ (บาท)", "180,000.00", "–"),
              List.of("ผลการเบิกจ่าย (บาท)", "150,000.00", "83.33"),
              List.of("โครงการที่รายงานผล (โครงการ)", "3", "–"),
              List.of("ผลงานและรางวัลของสถานศึกษา (รายการ)", "4", "–"));
      assertThat(rows(doc.getTables().getLast()).getLast()).containsExactly("รวม", "4");
      assertThat(ReportAssemblerTests.texts(doc, "Caption"))
          .containsExactly(
              "ตารางที่ 1 ตัวเลขสำคัญของปีงบประมาณ",
              "แผนภูมิที่ 1 ตัวชี้วัดที่บรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด",
              "แผนภูมิที่ 2 งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม",
              "แผนภูมิที่ 3 จำนวนสถานศึกษา จำแนกตามอำเภอ",
              "ตารางที่ 2 ผลงานและรางวัลของสถานศึกษา จำแนกตามระดับ");
    }
    assertThat(ReportAssemblerTests.entries(docx, "word/media/")).hasSize(3);
  }

  @Test
  void noCoordinatorsNamePhoneOrEmailReachesThePublic() throws Exception {
    // the follow-up the figures come from knows them
    assertThat(OfficeYear.FOLLOW_UP.toString()).contains("นางสาวสมใจ ใจดี");
    List<String> personal = new ArrayList<>();
    for (Contact c : OfficeYear.CONTACTS.values()) {
      personal.add(c.person());
      personal.add(c.person().split(" ")[0].replaceFirst("^(นางสาว|นาย|นาง)", ""));
      personal.add(c.phone());
      personal.add(c.phone().replace("-", ""));
      personal.add(c.email());
    }
    String everything = allXml(docx);
    String fields = summary.toString();
    for (String p : personal) {
      assertThat(everything).as("the document").doesNotContain(p);
      assertThat(fields).as("the summary's fields").doesNotContain(p);
    }
    // units are named, people are not
    assertThat(fields).contains("กลุ่มนโยบายและแผน", "เมืองกระบี่");
    assertThat(everything).contains("สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
  }

  @Test
  void libreOfficeOpensItOnTwoToFourPages(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
    Path pdf = LibreOffice.toPdf(docx, dir);
    assertThat(LibreOffice.pageCount(pdf)).isBetween(2, 4);
    assertThat(LibreOffice.pdfText(pdf)).contains("ตัวเลขสำคัญ");
  }

  private static List<List<String>> rows(XWPFTable table) {
    return table.getRows().stream()
        .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
        .toList();
  }

  /** Every XML part of the package, concatenated. */
  private static String allXml(byte[] docx) throws Exception {
    StringBuilder out = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out.toString();
  }
}
