package org.tidtam.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidtam.report.AnnualReport;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.ReportAssemblerTests;
import org.tidtam.report.ReportOptions;

/**
 * The office's chapters written from the small office of {@link FiguresTests}: the tables read back
 * from the assembled report carry the figures computed by hand there.
 */
class OfficeReportTests {

  static byte[] docx;
  static Map<String, List<List<String>>> tables;
  static List<String> paragraphs;

  @BeforeAll
  static void assemble() throws IOException {
    AnnualReport report =
        AnnualReport.collect(
            ReportAssemblerTests.COVER,
            List.of(),
            List.of(),
            ReportAssemblerTests.SCOPE,
            List.of(
                OfficeReport.of(
                    FiguresTests.wholeOffice(), ReportAssemblerTests.SCOPE.officeName())));
    docx = new ReportAssembler(ReportOptions.defaults()).assemble(report);
    tables = new LinkedHashMap<>();
    paragraphs = new ArrayList<>();
    try (XWPFDocument doc = ReportAssemblerTests.read(docx)) {
      String caption = "";
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
          caption = p.getText();
          paragraphs.add(p.getText());
        } else if (element instanceof XWPFTable t) {
          tables.put(caption, cells(t));
        }
      }
    }
  }

  private static List<List<String>> cells(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
    }
    return rows;
  }

  /** The table whose caption ends with the title. */
  private static List<List<String>> table(String title) {
    return tables.entrySet().stream()
        .filter(e -> e.getKey().startsWith("ตารางที่") && e.getKey().endsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + title + " in " + tables.keySet()))
        .getValue();
  }

  @Test
  void theChaptersAreInTheReportInTheirOrder() throws IOException {
    try (XWPFDocument doc = ReportAssemblerTests.read(docx)) {
      assertThat(ReportAssemblerTests.texts(doc, "Heading1"))
          .containsExactly(
              "บทสรุปผู้บริหาร",
              "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์",
              "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ",
              "ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา",
              "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ",
              "ภาคผนวก",
              "ภาคผนวก ก ความครบถ้วนและความทันเวลาของการรายงาน");
    }
    // the cover's logo and a chart after each of the eight tables of the dashboard's figures
    assertThat(ReportAssemblerTests.entries(docx, "word/media/").size()).isEqualTo(1 + 8);
  }

  @Test
  void theExecutiveSummaryGivesTheKeyNumbers() {
    // 5 of 7 reports (71.43 %), 3 on time (42.86 %); 2 of 3 indicators (66.67 %);
    // 150,000 allocated to 2 projects, 105,000 spent (70.00 %)
    assertThat(paragraphs)
        .contains(
            "การรายงานผล ส่งรายงานแล้ว 5 จาก 7 ฉบับ คิดเป็นร้อยละ 71.43 ส่งทันตามกำหนด 3 ฉบับ"
                + " คิดเป็นร้อยละ 42.86",
            "ผลการดำเนินงานตามตัวชี้วัด บรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด คิดเป็นร้อยละ 66.67",
            "1. กลยุทธ์หนึ่ง บรรลุเป้าหมาย 2 จาก 2 ตัวชี้วัด คิดเป็นร้อยละ 100.00",
            "2. กลยุทธ์สอง บรรลุเป้าหมาย 0 จาก 1 ตัวชี้วัด คิดเป็นร้อยละ 0.00",
            "ผลการเบิกจ่ายงบประมาณ ได้รับงบประมาณ 150,000.00 บาท สำหรับ 2 โครงการ"
                + " ผลการเบิกจ่ายรวม 105,000.00 บาท คิดเป็นร้อยละ 70.00");
  }

  @Test
  void strategyAndPolicyTablesCarryTheHandComputedFigures() {
    assertThat(table("ผลการดำเนินงานตามตัวชี้วัด จำแนกตามกลยุทธ์"))
        .containsExactly(
            List.of(
                "กลยุทธ์",
                "ตัวชี้วัดทั้งหมด",
                "รายงานผลแล้ว",
                "บรรลุเป้าหมาย",
                "ไม่บรรลุเป้าหมาย",
                "ร้อยละที่บรรลุ"),
            List.of("1. กลยุทธ์หนึ่ง", "2", "2", "2", "0", "100.00"),
            List.of("2. กลยุทธ์สอง", "1", "1", "0", "1", "0.00"),
            List.of("รวม", "3", "3", "2", "1", "66.67"));
    // P1 through PA: I1 and I3, 1 of 2; P2 through PB: I2, 1 of 1; no total (an indicator
    // may serve two policies)
    assertThat(table("จำแนกตามนโยบาย สพฐ. (ผ่านโครงการที่สอดคล้อง)"))
        .extracting(row -> row.subList(0, 4) + " " + row.get(5))
        .containsExactly(
            "[นโยบาย สพฐ., ตัวชี้วัดทั้งหมด, รายงานผลแล้ว, บรรลุเป้าหมาย] ร้อยละที่บรรลุ",
            "[1. นโยบาย 1, 2, 2, 1] 50.00",
            "[2. นโยบาย 2, 1, 1, 1] 100.00");
    assertThat(table("ผลการดำเนินงานตามตัวชี้วัดเทียบค่าเป้าหมาย"))
        .extracting(row -> row.get(0) + " " + row.get(4) + " " + row.get(5))
        .containsExactly(
            "รหัส ผลการดำเนินงาน การบรรลุเป้าหมาย",
            "I1 82.00 บรรลุเป้าหมาย",
            "I2 0.15 บรรลุเป้าหมาย",
            "I3 80.00 ไม่บรรลุเป้าหมาย");
  }

  @Test
  void budgetTablesCarryTheHandComputedFigures() {
    // G1 100,000 / 60,000 (60 %), G2 50,000 / 45,000 (90 %); all 150,000 / 105,000 (70 %)
    assertThat(table("งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม"))
        .containsExactly(
            List.of(
                "กลุ่ม/หน่วย",
                "จำนวนโครงการ",
                "งบประมาณที่ได้รับ (บาท)",
                "ผลการเบิกจ่าย (บาท)",
                "คงเหลือ (บาท)",
                "ร้อยละการเบิกจ่าย"),
            List.of("กลุ่ม ก", "1", "100,000.00", "60,000.00", "40,000.00", "60.00"),
            List.of("กลุ่ม ข", "1", "50,000.00", "45,000.00", "5,000.00", "90.00"),
            List.of("รวม", "2", "150,000.00", "105,000.00", "45,000.00", "70.00"));
    // government 80,000 / 50,000; other agencies 20,000 / 10,000; PB without a source
    assertThat(table("งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามแหล่งงบประมาณ"))
        .extracting(row -> row.get(0) + " " + row.get(2) + " " + row.get(3) + " " + row.get(5))
        .containsExactly(
            "แหล่งงบประมาณ งบประมาณที่ได้รับ (บาท) ผลการเบิกจ่าย (บาท) ร้อยละการเบิกจ่าย",
            "เงินงบประมาณ 80,000.00 50,000.00 62.50",
            "หน่วยงานอื่น 20,000.00 10,000.00 50.00",
            "ไม่ระบุแหล่งงบประมาณ 50,000.00 45,000.00 90.00",
            "รวม 150,000.00 105,000.00 70.00");
  }

  @Test
  void schoolTablesCarryTheHandComputedFigures() {
    // A: S1 and S2, RT (80.00 + 70.50) / 2 = 75.25, NT 50.00, 3 awards; B: S3 not reported
    assertThat(table("ผลการดำเนินงานของสถานศึกษา จำแนกตามอำเภอ"))
        .containsExactly(
            List.of(
                "อำเภอ",
                "จำนวนโรงเรียน",
                "รายงานแล้ว",
                "RT ป.1 เฉลี่ย (ร้อยละ)",
                "โรงเรียนที่ RT ถึงเป้าหมาย (75.00)",
                "NT ป.3 เฉลี่ย (ร้อยละ)",
                "โรงเรียนที่ NT ถึงเป้าหมาย (45.00)",
                "ผลงาน/รางวัล"),
            List.of("A", "2", "2", "75.25", "1", "50.00", "1", "3"),
            List.of("B", "1", "0", "–", "0", "–", "0", "0"),
            List.of("รวม", "3", "2", "–", "1", "–", "1", "3"));
    assertThat(table("ผลการดำเนินงานของสถานศึกษา จำแนกตามขนาด")).hasSize(4);
  }

  @Test
  void theAnnexAndTheProblemsNameWhatIsMissingAndBelowTarget() {
    // 7.1 1 of 2, 7.2 2 of 2, 7.3 2 of 3; all 5 of 7
    assertThat(table("ความครบถ้วนและความทันเวลาของการรายงาน"))
        .extracting(row -> row.subList(0, 4))
        .containsExactly(
            List.of("แบบรายงาน", "ต้องส่ง", "ส่งแล้ว", "ร้อยละความครบถ้วน"),
            List.of("แบบ 7.1", "2", "1", "50.00"),
            List.of("แบบ 7.2", "2", "2", "100.00"),
            List.of("แบบ 7.3", "3", "2", "66.67"),
            List.of("รวม", "7", "5", "71.43"));
    assertThat(table("หน่วยที่ยังไม่ส่งรายงาน"))
        .extracting(row -> row.get(1))
        .containsExactly("รหัส", "S3", "G2");
    assertThat(table("ตัวชี้วัดที่ไม่บรรลุเป้าหมาย"))
        .containsExactly(
            List.of("รหัส", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน"),
            List.of("I3", "ตัวชี้วัด I3", "85.00", "80.00"));
  }
}
