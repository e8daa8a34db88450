package org.tidtam.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.template.TemplateEngine;
import org.tidtam.testkit.LibreOffice;

/** The memo to the director, rendered with its template and read back with Apache POI. */
class MemoDocumentTests {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

  private static byte[] template() throws IOException {
    try (InputStream in =
        MemoDocumentTests.class
            .getClassLoader()
            .getResourceAsStream("templates/" + MemoDocument.TEMPLATE)) {
      return Objects.requireNonNull(in, "the memo template").readAllBytes();
    }
  }

  private static byte[] render(Memo memo) throws IOException {
    return MemoDocument.render(TemplateEngine.create(), template(), memo);
  }

  private static List<String> paragraphs(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
  }

  @Test
  void saysTheRoundsFiguresInTheMemoForm() throws IOException {
    DashboardFigures figures = FiguresTests.wholeOffice();
    Memo memo = Memo.of(figures, FiguresTests.CATALOG, DAY);

    List<String> text = paragraphs(render(memo));

    assertThat(text.getFirst()).isEqualTo("บันทึกข้อความ");
    assertThat(text)
        .contains(
            "ส่วนราชการ  กลุ่มนโยบายและแผน สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "เรื่อง  รายงานผลการติดตามการดำเนินงานตามนโยบายและกลยุทธ์ ประจำปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือน",
            "เรียน  ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "จึงเรียนมาเพื่อโปรดทราบและพิจารณา",
            "ผู้อำนวยการกลุ่มนโยบายและแผน");
    // the date in the Buddhist era: 1 May 2026 = 1 พฤษภาคม 2569
    assertThat(text).anyMatch(p -> p.startsWith("ที่") && p.endsWith("วันที่  1 พฤษภาคม 2569"));
    // the figures as computed (see FiguresTests): 5 of 7 reports (71.43 %), 3 on time (42.86 %),
    // 2 of 3 indicators (66.67 %), 105,000.00 of 150,000.00 baht spent (70.00 %)
    String all = String.join("\n", text);
    assertThat(all)
        .contains("หน่วยที่ต้องรายงานทั้งสิ้น 7 ฉบับ รายงานแล้ว 5 ฉบับ คิดเป็นร้อยละ 71.43")
        .contains("ส่งทันตามกำหนด 3 ฉบับ คิดเป็นร้อยละ 42.86")
        .contains("บรรลุเป้าหมาย 2 จาก 3 ตัวชี้วัด คิดเป็นร้อยละ 66.67")
        .contains(
            "ได้รับงบประมาณรวม 150,000.00 บาท ผลการเบิกจ่ายรวม 105,000.00 บาท คิดเป็นร้อยละ 70.00");
    assertThat(memo.completeness())
        .contains(
            FigureTable.text(
                figures.totalCompleteness().completenessPct(), org.tidtam.i18n.Lang.TH));
    // the issues: the two units not reported and the indicator below target, numbered
    assertThat(text)
        .anyMatch(
            p -> p.startsWith("4.1 หน่วยที่ยังไม่ส่งรายงาน 2 ฉบับ ได้แก่ โรงเรียนสาม (แบบ 7.3)"))
        .anyMatch(
            p ->
                p.startsWith(
                    "4.2 ตัวชี้วัดที่ไม่บรรลุเป้าหมาย 1 ตัวชี้วัด ได้แก่ ตัวชี้วัด I3 (เป้าหมาย 85.00 ผล 80.00)"))
        .anyMatch(p -> p.startsWith("1) เห็นควรมอบกลุ่มนโยบายและแผนเร่งรัด"));
  }

  @Test
  void isInThaiSarabunWithItsComplexScriptFont() throws IOException {
    byte[] docx = render(Memo.of(FiguresTests.wholeOffice(), FiguresTests.CATALOG, DAY));

    String styles = part(docx, "word/styles.xml");
    // Thai is the complex script: its font and size (16 pt = 32 half points) are set too;
    // the word บันทึกข้อความ is 29 pt bold
    assertThat(styles)
        .contains("w:cs=\"TH SarabunPSK\"")
        .contains("<w:szCs w:val=\"32\"/>")
        .contains("<w:sz w:val=\"58\"/>")
        .contains("<w:bCs/>");
  }

  private static String part(byte[] docx, String name) throws IOException {
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void carriesItsTemplateAndTheSubmissionsItsFiguresCameFrom() throws IOException {
    Provenance.Source school = new Provenance.Source("31", 2L, "7.3", 1, "c".repeat(64));
    Provenance.Source group = new Provenance.Source("32", 5L, "7.1", 1, "d".repeat(64));
    Memo memo = Memo.of(FiguresTests.wholeOffice(), FiguresTests.CATALOG, DAY);

    byte[] docx =
        MemoDocument.render(TemplateEngine.create(), template(), memo, List.of(school, group));

    Provenance p = ProvenancePart.read(docx).orElseThrow();
    assertThat(p.sources()).containsExactly(school, group);
    assertThat(p.template())
        .isEqualTo(Provenance.TemplateRef.of(MemoDocument.TEMPLATE, template()));
    assertThat(p.template().version()).startsWith("sha256:");
    assertThat(p.dataSha256()).isEqualTo(Provenance.dataHashOf(List.of(school, group)));
    assertThat(paragraphs(docx).getFirst()).isEqualTo("บันทึกข้อความ");
  }

  @Test
  void fitsOnTwoPages(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
    byte[] docx = render(Memo.of(FiguresTests.wholeOffice(), FiguresTests.CATALOG, DAY));

    assertThat(LibreOffice.pageCount(LibreOffice.toPdf(docx, dir))).isBetween(1, 2);
  }
}
