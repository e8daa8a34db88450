package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;

/** Renders the sample with the demo catalog and the group's projects, and reads the .docx back. */
class EsaMonitoringDocumentTests {
  private static byte[] docx;
  private static XWPFDocument document;

  @BeforeAll
  static void render() throws IOException {
    FormPluginHarness<EsaMonitoring> harness =
        FormPluginHarness.of(new EsaMonitoringPlugin())
            .withContext(Forms71.TestContext.demo(Forms71.supervisionProjects()));
    docx = harness.render(harness.sample());
    document = new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static String bodyText() {
    StringBuilder sb = new StringBuilder();
    document.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
    return sb.toString();
  }

  private static XWPFTable tableWithHeader(String header) {
    return document.getTables().stream()
        .filter(t -> t.getRow(0).getCell(1) != null)
        .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table with the header " + header));
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
  }

  @Test
  void titleNamesTheOfficeTheFiscalYearAndTheGroup() {
    List<String> lines = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();

    assertThat(lines)
        .contains(
            "แบบ 7.1",
            "แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "ประจำปีงบประมาณ พ.ศ. 2569",
            "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
  }

  @Test
  void ticksTheTwelveMonthRound() {
    assertThat(bodyText())
        .contains("☐ รอบ 6 เดือน (1 ตุลาคม 2568 – 31 มีนาคม 2569)")
        .contains("☑ รอบ 12 เดือน (1 ตุลาคม 2568 – 30 กันยายน 2569)");
  }

  @Test
  void resultsTableShowsComputedPercentagesAndAssessments() {
    XWPFTable results = tableWithHeader("ร้อยละของค่าเป้าหมาย");
    assertThat(results.getRow(0).isRepeatHeader()).isTrue();
    // header + two rows per indicator
    assertThat(results.getRows()).hasSize(1 + 2 * 3);

    List<String> rt = cells(results.getRow(1));
    assertThat(rt.get(0)).isEqualTo("1");
    assertThat(rt.get(2)).contains("RT รวม 2 สมรรถนะ").contains("KBI-2569-2.1");
    assertThat(rt.get(5)).startsWith("78.50").contains("1,402 จาก 1,786");
    assertThat(rt.get(6)).isEqualTo("104.67");
    assertThat(rt.get(7)).isEqualTo("บรรลุเป้าหมาย");
    assertThat(rt.get(9)).contains("150,000.00").contains("140,000.00");

    List<String> nt = cells(results.getRow(3));
    assertThat(nt.get(5)).isEqualTo("2.15");
    assertThat(nt.get(6)).isEqualTo("71.67");
    assertThat(nt.get(7)).isEqualTo("ไม่บรรลุเป้าหมาย");
    assertThat(cells(results.getRow(4)).getFirst())
        .contains("สาเหตุที่ไม่บรรลุเป้าหมาย: ครูคณิตศาสตร์ชั้น ป.3")
        .contains("https://kbi-esa.example/nitet/nt-2568.pdf");

    List<String> reading = cells(results.getRow(5));
    assertThat(reading.get(6)).isEqualTo("105.78");
    assertThat(reading.get(7)).isEqualTo("บรรลุเป้าหมาย");
    assertThat(reading.get(8))
        .contains("KBI-2569-P03 โครงการขับเคลื่อนการอ่านออกเขียนได้")
        .contains("KBI-2569-P05 โครงการพัฒนาระบบนิเทศภายในสถานศึกษา");
    assertThat(reading.get(9)).contains("195,000.00").contains("185,000.00");
    assertThat(bodyText())
        .contains(
            "สรุป: บรรลุเป้าหมาย 2 ตัวชี้วัด ไม่บรรลุเป้าหมาย 1 ตัวชี้วัด อยู่ระหว่างดำเนินการ 0 ตัวชี้วัด");
  }

  @Test
  void projectSummaryHasOneRowPerProjectAndATotal() {
    XWPFTable projects = tableWithHeader("ร้อยละการเบิกจ่าย");
    assertThat(projects.getRow(0).isRepeatHeader()).isTrue();
    assertThat(projects.getRows()).hasSize(1 + 3 + 1);

    assertThat(cells(projects.getRow(1)))
        .containsExactly(
            "1",
            "โครงการขับเคลื่อนการอ่านออกเขียนได้(KBI-2569-P03)",
            "150,000.00",
            "140,000.00",
            "10,000.00",
            "93.33",
            "ดำเนินการแล้วเสร็จ",
            "บรรลุเป้าหมาย");
    assertThat(cells(projects.getRow(2))).contains("120,000.00", "96,500.00", "23,500.00", "80.42");
    assertThat(cells(projects.getRow(3))).contains("45,000.00", "0.00", "100.00");
    assertThat(cells(projects.getRow(4)))
        .contains("รวม", "315,000.00", "281,500.00", "33,500.00", "89.37");
  }

  @Test
  void bestPracticesProblemsAndSuggestionsArePrinted() {
    assertThat(bodyText())
        .contains("☐ ไม่มี")
        .contains("☑ มี ดังนี้")
        .contains("4.1 คลินิกการอ่าน \"อ่านคล่อง เขียนคล่อง\" สำหรับโรงเรียนขนาดเล็ก")
        .contains("ภาพที่ 1 คลินิกการอ่าน โรงเรียนบ้านเกาะลันตา")
        .contains("ภาพที่ 2 ศึกษานิเทศก์นิเทศการสอนอ่านแบบจับคู่");
    assertThat(document.getAllPictures()).hasSize(2);
    assertThat(cells(tableWithHeader("แนวทางแก้ไข").getRow(2)).get(1))
        .startsWith("การเดินทางไปนิเทศโรงเรียนบนเกาะ");
    assertThat(cells(tableWithHeader("ข้อเสนอแนะต่อ").getRow(1)).get(1)).isEqualTo("สพฐ.");
  }

  @Test
  void certificationHasTheStatementAndBothSignatureBlocks() {
    assertThat(bodyText()).contains("ขอรับรองว่าข้อมูลข้างต้นถูกต้องตามความเป็นจริง");
    XWPFTable signatures = document.getTables().getLast();
    String reporter = signatures.getRow(0).getCell(0).getText();
    String certifier = signatures.getRow(0).getCell(1).getText();

    assertThat(reporter)
        .contains("ผู้รายงาน", "(นางสาวกมลวรรณ  ทองดี)", "ตำแหน่ง ศึกษานิเทศก์ชำนาญการ")
        .contains("วันที่ 7 ตุลาคม 2569");
    assertThat(certifier)
        .contains("ผู้รับรองข้อมูล", "(นายวิเชียร  รักษ์ถิ่น)")
        .contains("ตำแหน่ง ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
  }

  @Test
  void noPlaceholderIsLeftAndThaiTextHasAComplexScriptFont() throws IOException {
    String documentXml = part("word/document.xml");
    String stylesXml = part("word/styles.xml");

    assertThat(documentXml).doesNotContain("{{").doesNotContain("}}");
    assertThat(documentXml + stylesXml).containsPattern("w:cs=\"TH Sarabun[^\"]*\"");
    assertThat(stylesXml).contains("w:szCs");
  }

  private static String part(String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
