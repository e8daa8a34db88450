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
 * The whole set of the office's chapters of {@link OfficeYear} assembled and read back: parts 1, 2
 * and 6 stand in their places with their tables and charts captioned in order, and carry the
 * hand-computed figures.
 */
class BackgroundChaptersTests {

  static byte[] docx;
  static Map<String, List<List<String>>> tables;
  static List<String> paragraphs;

  @BeforeAll
  static void assemble() throws IOException {
    docx = assemble(OfficeYear.figures());
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

  static byte[] assemble(DashboardFigures figures) {
    AnnualReport report =
        AnnualReport.collect(
            ReportAssemblerTests.COVER,
            List.of(),
            List.of(),
            ReportAssemblerTests.SCOPE,
            List.of(OfficeReport.of(figures, OfficeYear.CATALOG)));
    return new ReportAssembler(ReportOptions.defaults()).assemble(report);
  }

  private static List<List<String>> cells(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
    }
    return rows;
  }

  private static List<List<String>> table(String title) {
    return tables.entrySet().stream()
        .filter(e -> e.getKey().startsWith("ตารางที่") && e.getKey().endsWith(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + title + " in " + tables.keySet()))
        .getValue();
  }

  @Test
  void everyChapterWithContentIsInItsPlace() throws IOException {
    try (XWPFDocument doc = ReportAssemblerTests.read(docx)) {
      assertThat(ReportAssemblerTests.texts(doc, "Heading1"))
          .containsExactly(
              "บทสรุปผู้บริหาร",
              "ส่วนที่ 1 ข้อมูลพื้นฐาน",
              "ส่วนที่ 2 ทิศทางการดำเนินงาน",
              "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์",
              "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ",
              "ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา",
              "ส่วนที่ 6 ผลงานดีเด่น",
              "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ",
              "ภาคผนวก",
              "ภาคผนวก ก ความครบถ้วนและความทันเวลาของการรายงาน");
      assertThat(ReportAssemblerTests.texts(doc, "Heading2"))
          .containsSubsequence(
              "สภาพทั่วไป",
              "โครงสร้างการบริหาร",
              "จำนวนสถานศึกษา",
              "จำนวนนักเรียน",
              "คุณภาพผู้เรียน",
              "นโยบายกระทรวงศึกษาธิการ",
              "นโยบาย สพฐ.",
              "จุดเน้นและนโยบายเร่งด่วน (Quick Win)",
              "กลยุทธ์ ตัวชี้วัด และค่าเป้าหมาย",
              "งบประมาณที่ได้รับจัดสรร",
              "ผลการดำเนินงานตามกลยุทธ์",
              "ผลงานและรางวัลของสถานศึกษา",
              "ตัวชี้วัดที่บรรลุเป้าหมาย",
              "โครงการที่ดำเนินการแล้วเสร็จ",
              "ตัวชี้วัดที่ไม่บรรลุเป้าหมาย");
      List<String> captions = ReportAssemblerTests.texts(doc, "Caption");
      assertThat(captions.subList(0, 11))
          .containsExactly(
              "ตารางที่ 1 กลุ่มและหน่วยในสำนักงาน",
              "ตารางที่ 2 จำนวนสถานศึกษา จำแนกตามอำเภอและขนาด",
              "แผนภูมิที่ 1 จำนวนสถานศึกษา จำแนกตามอำเภอและขนาด",
              "ตารางที่ 3 จำนวนนักเรียน จำแนกตามอำเภอและขนาดสถานศึกษา",
              "แผนภูมิที่ 2 จำนวนนักเรียน จำแนกตามอำเภอและขนาดสถานศึกษา",
              "ตารางที่ 4 ผลการทดสอบระดับชาติของโรงเรียนที่รายงานผล เทียบค่าเป้าหมาย",
              "แผนภูมิที่ 3 ผลการทดสอบระดับชาติของโรงเรียนที่รายงานผล เทียบค่าเป้าหมาย",
              "ตารางที่ 5 กลยุทธ์และตัวชี้วัดความสำเร็จ พร้อมค่าเป้าหมาย",
              "ตารางที่ 6 งบประมาณที่ได้รับจัดสรร จำแนกตามกลุ่ม",
              "แผนภูมิที่ 4 งบประมาณที่ได้รับจัดสรร จำแนกตามกลุ่ม",
              "ตารางที่ 7 งบประมาณที่ได้รับจัดสรร จำแนกตามแหล่งงบประมาณ");
      // part 6 after part 5's schools by size, before part 7's indicators below target
      assertThat(captions.stream().map(c -> c.replaceFirst("^\\S+ \\d+ ", "")).toList())
          .containsSubsequence(
              "ผลการดำเนินงานของสถานศึกษา จำแนกตามขนาด",
              "ผลงานและรางวัลของสถานศึกษา จำแนกตามระดับ",
              "ผลงานและรางวัลของสถานศึกษาระดับภาคขึ้นไป",
              "ตัวชี้วัดที่บรรลุเป้าหมาย",
              "โครงการที่ดำเนินการแล้วเสร็จและมีผลการเบิกจ่ายครบตามงบประมาณ",
              "ตัวชี้วัดที่ไม่บรรลุเป้าหมาย");
    }
  }

  @Test
  void partOneDescribesTheOfficeItsGroupsSchoolsAndLearners() {
    assertThat(paragraphs)
        .contains(
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่ (สพป.กระบี่) จังหวัดกระบี่"
                + " มีสถานศึกษาในสังกัด 4 แห่ง ใน 2 อำเภอ",
            "นักเรียนในสังกัดรวม 435 คน จากข้อมูลจำนวนนักเรียนของสถานศึกษา",
            "ไม่ทราบจำนวนนักเรียนของสถานศึกษา 1 แห่ง จึงไม่นับรวมในตาราง");
    assertThat(table("กลุ่มและหน่วยในสำนักงาน"))
        .containsExactly(
            List.of("ที่", "กลุ่ม/หน่วย"),
            List.of("1", "กลุ่มนโยบายและแผน"),
            List.of("2", "กลุ่มส่งเสริมการจัดการศึกษา"));
    assertThat(table("จำนวนสถานศึกษา จำแนกตามอำเภอและขนาด").getLast())
        .containsExactly("รวม", "2", "1", "0", "0", "1", "4");
    assertThat(table("จำนวนนักเรียน จำแนกตามอำเภอและขนาดสถานศึกษา").getLast())
        .containsExactly("รวม", "135", "300", "0", "0", "0", "435");
    assertThat(table("ผลการทดสอบระดับชาติของโรงเรียนที่รายงานผล เทียบค่าเป้าหมาย"))
        .extracting(row -> String.join(" ", row))
        .containsExactly(
            "การทดสอบ โรงเรียนที่รายงานผล คะแนนเฉลี่ย (ร้อยละ) ค่าเป้าหมาย (ร้อยละ)"
                + " โรงเรียนที่ถึงเป้าหมาย ผลต่างจากค่าเป้าหมาย",
            "RT ป.1 2 75.00 75.00 1 0.00",
            "NT ป.3 3 50.67 50.00 2 0.67");
  }

  @Test
  void partTwoListsThisYearsPoliciesByLevelAndThePlanWithItsTargets() {
    // the OBEC policies in their numbers' order; last year's policy is not this year's
    assertThat(paragraphs)
        .containsSubsequence(
            "1. เรียนดี มีความสุข",
            "1. ปลูกฝังความรักในสถาบัน",
            "2. ส่งเสริมการอ่าน",
            "1. ลดภาระงานครู",
            "สพป.กระบี่ กำหนดกลยุทธ์ 2 กลยุทธ์ และตัวชี้วัดความสำเร็จ 3 ตัวชี้วัด ดังนี้",
            "ปีงบประมาณ พ.ศ. 2569 ได้รับงบประมาณสำหรับโครงการตามแผนปฏิบัติการ 3 โครงการ"
                + " รวม 180,000.00 บาท");
    assertThat(paragraphs).doesNotContain("1. นโยบายปีก่อน");
    assertThat(table("กลยุทธ์และตัวชี้วัดความสำเร็จ พร้อมค่าเป้าหมาย"))
        .containsExactly(
            List.of("กลยุทธ์/ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมาย", "กลุ่มที่รับผิดชอบ"),
            List.of("กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน", "", "", ""),
            List.of("1.1 ตัวชี้วัด I1", "ร้อยละ", "80.00", "กลุ่มส่งเสริมการจัดการศึกษา"),
            List.of("1.2 ตัวชี้วัด I2", "ร้อยละ", "ไม่เกิน 0.20", "กลุ่มนโยบายและแผน"),
            List.of("กลยุทธ์ที่ 2 พัฒนาระบบบริหารจัดการ", "", "", ""),
            List.of("2.1 ตัวชี้วัด I3", "ร้อยละ", "ตามเป้าหมายมติ ครม.", "กลุ่มนโยบายและแผน"));
    assertThat(table("งบประมาณที่ได้รับจัดสรร จำแนกตามกลุ่ม").getLast())
        .containsExactly("รวม", "3", "180,000.00", "100.00");
  }

  @Test
  void partSixStatesTheAwardsIndicatorsAndProjectsOfTheYear() {
    assertThat(paragraphs)
        .contains(
            "สถานศึกษาได้รับผลงานและรางวัลรวม 4 รายการ จากโรงเรียน 3 แห่ง",
            "ตัวชี้วัดที่บรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด",
            "โครงการที่ดำเนินการแล้วเสร็จและมีผลการเบิกจ่ายครบตามงบประมาณ 1 โครงการ");
    assertThat(table("ผลงานและรางวัลของสถานศึกษา จำแนกตามระดับ"))
        .containsExactly(
            List.of("ระดับ", "จำนวนผลงาน/รางวัล", "จำนวนโรงเรียนที่ได้รับ"),
            List.of("ระดับประเทศ", "1", "1"),
            List.of("ระดับภาค", "1", "1"),
            List.of("ระดับเขตพื้นที่การศึกษา", "1", "1"),
            List.of("ไม่ระบุระดับ", "1", "1"),
            List.of("รวม", "4", "3"));
  }

  @Test
  void aYearWithoutAchievementsSaysSoAndABareCatalogSaysWhatIsMissing() throws IOException {
    DashboardFigures bare =
        Figures.of(
            OfficeYear.CATALOG,
            OfficeYear.FOLLOW_UP,
            List.of(),
            DashboardFilter.of(OfficeYear.YEAR, OfficeYear.ROUND),
            OfficeYear.TARGETS);
    List<String> text = new ArrayList<>();
    try (XWPFDocument doc = ReportAssemblerTests.read(assemble(bare))) {
      doc.getParagraphs().forEach(p -> text.add(p.getText()));
    }
    assertThat(text)
        .contains(
            "ยังไม่มีผลงานดีเด่นที่รายงานในปีนี้ ทั้งรางวัลของสถานศึกษา ตัวชี้วัดที่บรรลุเป้าหมาย"
                + " และโครงการที่แล้วเสร็จพร้อมผลการเบิกจ่ายครบตามงบประมาณ",
            "ยังไม่มีสถานศึกษาที่รายงานผลการทดสอบระดับชาติ",
            "ยังไม่มีรายงานโครงการที่ระบุงบประมาณที่ได้รับ");
    // the catalog's counts are known without any report: S1 90, S2 300; S3 and S4 unknown
    assertThat(text)
        .contains(
            "นักเรียนในสังกัดรวม 390 คน จากข้อมูลจำนวนนักเรียนของสถานศึกษา",
            "ไม่ทราบจำนวนนักเรียนของสถานศึกษา 2 แห่ง จึงไม่นับรวมในตาราง");
  }
}
