package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.testkit.LibreOffice;

public class ReportAssemblerTests {

  public static final ReportScope SCOPE =
      new ReportScope(2569, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
  public static final ReportCover COVER =
      new ReportCover(
          "รายงานผลการดำเนินงาน",
          2569,
          SCOPE.officeName(),
          "กลุ่มนโยบายและแผน",
          new DocumentNumber(2, 2569),
          SampleDocx.png(80, 80, Color.ORANGE));

  static byte[] form;
  static byte[] report;

  /**
   * The office's own chapters in this test: a summary, projects with a landscape table, an annex.
   */
  static final ReportContributor OFFICE =
      new ReportContributor() {
        @Override
        public List<ReportPart> reportParts(ReportScope scope) {
          return List.of(
              ReportPart.chapter(
                  100,
                  "ส่วนที่ 1 ข้อมูลพื้นฐาน",
                  out ->
                      out.heading(2, "1.1 สถานศึกษา")
                          .paragraph("ปีงบประมาณ " + scope.fiscalYear() + " มีสถานศึกษา 210 แห่ง")
                          .table(
                              ReportTable.of(
                                  "จำนวนสถานศึกษา จำแนกตามอำเภอ",
                                  List.of("อำเภอ", "จำนวน"),
                                  List.of(List.of("เมืองกระบี่", "40"), List.of("อ่าวลึก", "30"))))
                          .chart(
                              new ReportChart(
                                  "งบประมาณจำแนกตามกลุ่ม",
                                  SampleDocx.png(300, 200, Color.GREEN),
                                  12))),
              ReportPart.chapter(
                  300,
                  "ส่วนที่ 4 ผลการดำเนินงานโครงการ",
                  out ->
                      out.heading(2, "4.1 สรุปโครงการ")
                          .landscape(
                              wide ->
                                  wide.table(
                                      new ReportTable(
                                          "สรุปผลการดำเนินงานโครงการ",
                                          List.of(List.of("ที่", "โครงการ", "งบประมาณ (บาท)")),
                                          List.of(List.of("1", "โครงการทดสอบ", "150,000.00")),
                                          List.of(2))))
                          .heading(3, "4.1.1 แบบรายงานโครงการ")
                          .merge(form)
                          .merge(form)),
              ReportPart.annex(
                  100, "คณะผู้จัดทำ", out -> out.paragraph("ที่ปรึกษา ผู้อำนวยการสำนักงานเขต")));
        }
      };

  /** A form added only in this test: its plugin contributes a chapter between the office's two. */
  record AwardsForm(String school) {}

  static final class AwardsPlugin implements FormPlugin<AwardsForm> {
    @Override
    public FormId id() {
      return FormId.of("9.9");
    }

    @Override
    public Class<AwardsForm> formType() {
      return AwardsForm.class;
    }

    @Override
    public String templateName() {
      return "9.9-awards.docx";
    }

    @Override
    public List<ReportPart> reportParts(ReportScope scope) {
      return List.of(
          ReportPart.chapter(
              200,
              "ส่วนที่ 3 ผลงานดีเด่นของสถานศึกษา",
              out ->
                  out.table(
                      ReportTable.of(
                          "รางวัลของสถานศึกษา",
                          List.of("สถานศึกษา", "รางวัล"),
                          List.of(List.of("โรงเรียนบ้านทดสอบ", "ชนะเลิศ"))))));
    }
  }

  @BeforeAll
  static void assemble() throws Exception {
    form = SampleDocx.landscapeForm("แบบรายงานโครงการทดสอบ");
    AnnualReport annual =
        AnnualReport.collect(
            COVER,
            List.of("รายงานฉบับนี้จัดทำขึ้นเพื่อสรุปผลการดำเนินงานในรอบปีงบประมาณ"),
            List.of(SCOPE.officeName(), "กันยายน 2569"),
            SCOPE,
            List.of(OFFICE, new AwardsPlugin()));
    report = new ReportAssembler(ReportOptions.defaults()).assemble(annual);
  }

  @Test
  void partsComeInPrintOrderWithThePluginsChapterAmongTheOffices() throws IOException {
    try (XWPFDocument doc = read(report)) {
      assertThat(texts(doc, "Heading1"))
          .containsExactly(
              "ส่วนที่ 1 ข้อมูลพื้นฐาน",
              "ส่วนที่ 3 ผลงานดีเด่นของสถานศึกษา",
              "ส่วนที่ 4 ผลการดำเนินงานโครงการ",
              "ภาคผนวก",
              "ภาคผนวก ก คณะผู้จัดทำ");
      assertThat(texts(doc, "Title"))
          .containsExactly("รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ พ.ศ. 2569");
      assertThat(texts(doc, "Subtitle")).contains("เอกสารลำดับที่ 2/2569");
      assertThat(texts(doc, "FrontHeading"))
          .containsExactly("คำนำ", "สารบัญ", "สารบัญตาราง", "สารบัญแผนภูมิ");
    }
  }

  @Test
  void theCoverHasTheLogoAndTitleAboveAndTheOfficeAndNumberLower() throws IOException {
    try (XWPFDocument doc = read(report)) {
      List<XWPFParagraph> cover = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if ("FrontHeading".equals(p.getStyleID())) {
          break; // the foreword begins
        }
        cover.add(p);
      }
      assertThat(cover.getFirst().getRuns().getFirst().getEmbeddedPictures()).hasSize(1);
      assertThat(cover.getFirst().getSpacingBefore()).isEqualTo(1134);
      XWPFParagraph office =
          cover.stream()
              .filter(p -> p.getText().equals(SCOPE.officeName()))
              .findFirst()
              .orElseThrow();
      assertThat(office.getStyleID()).isEqualTo("Subtitle");
      assertThat(office.getSpacingBefore()).isEqualTo(3969);
      assertThat(cover.stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()))
          .endsWith(SCOPE.officeName(), "กลุ่มนโยบายและแผน", "เอกสารลำดับที่ 2/2569");
    }
    byte[] noLogo =
        new ReportAssembler(ReportOptions.defaults())
            .assemble(
                AnnualReport.collect(
                    new ReportCover("รายงาน", 2569, SCOPE.officeName(), "", null, null),
                    List.of(),
                    List.of(),
                    SCOPE,
                    List.of(OFFICE)));
    try (XWPFDocument doc = read(noLogo)) {
      XWPFParagraph title = doc.getParagraphs().getFirst();
      assertThat(title.getText()).isEqualTo("รายงาน");
      assertThat(title.getSpacingBefore()).isEqualTo(2835);
    }
  }

  @Test
  void captionsAreNumberedThroughTheReportAndListedAfterTheContents() throws IOException {
    try (XWPFDocument doc = read(report)) {
      assertThat(texts(doc, "Caption"))
          .containsExactly(
              "ตารางที่ 1 จำนวนสถานศึกษา จำแนกตามอำเภอ",
              "แผนภูมิที่ 1 งบประมาณจำแนกตามกลุ่ม",
              "ตารางที่ 2 รางวัลของสถานศึกษา",
              "ตารางที่ 3 สรุปผลการดำเนินงานโครงการ");
      assertThat(texts(doc, "TableofFigures"))
          .containsExactly(
              "ตารางที่ 1 จำนวนสถานศึกษา จำแนกตามอำเภอ",
              "ตารางที่ 2 รางวัลของสถานศึกษา",
              "ตารางที่ 3 สรุปผลการดำเนินงานโครงการ",
              "แผนภูมิที่ 1 งบประมาณจำแนกตามกลุ่ม");
    }
    String xml = entry(report, "word/document.xml");
    assertThat(count(xml, "SEQ ตารางที่ \\* ARABIC")).isEqualTo(3);
    assertThat(count(xml, "SEQ แผนภูมิที่ \\* ARABIC")).isEqualTo(1);
    assertThat(xml).contains("TOC \\h \\z \\c \"ตารางที่\"");
    assertThat(xml).contains("TOC \\h \\z \\c \"แผนภูมิที่\"");
  }

  @Test
  void theContentsIsATocFieldFilledWithTheHeadings() throws IOException {
    String xml = entry(report, "word/document.xml");
    assertThat(xml).contains("TOC \\o \"1-3\" \\h \\z \\u");
    assertThat(entry(report, "word/settings.xml")).contains("updateFields");
    try (XWPFDocument doc = read(report)) {
      assertThat(texts(doc, "TOC1")).contains("ส่วนที่ 1 ข้อมูลพื้นฐาน", "ภาคผนวก ก คณะผู้จัดทำ");
      assertThat(texts(doc, "TOC2")).containsExactly("1.1 สถานศึกษา", "4.1 สรุปโครงการ");
      assertThat(texts(doc, "TOC3")).containsExactly("4.1.1 แบบรายงานโครงการ");
    }
  }

  @Test
  void mergingKeepsOneDefinitionOfEachStyleAndAddsTheFormsOwn() throws IOException {
    String styles = entry(report, "word/styles.xml");
    List<String> ids = all(styles, Pattern.compile("w:styleId=\"([^\"]+)\""));
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).contains(SampleDocx.FORM_STYLE, "Heading1", "Caption", "TOC1");
    assertThat(ids).noneMatch(id -> id.matches("Heading\\d\\d+|.*-\\d+"));
    String heading1 = styleXml(styles, "Heading1");
    assertThat(heading1).doesNotContain("FF0000").contains("w:outlineLvl w:val=\"0\"");
    assertThat(styles).contains("w:cs=\"TH SarabunPSK\"").contains("w:szCs w:val=\"32\"");
    try (XWPFDocument doc = read(report)) {
      assertThat(texts(doc, SampleDocx.FORM_STYLE)).hasSize(2);
    }
  }

  @Test
  void eachMergedDocumentsListsRestart() throws IOException {
    String numbering = entry(report, "word/numbering.xml");
    List<String> nums = all(numbering, Pattern.compile("<w:num w:numId=\"(\\d+)\""));
    assertThat(nums).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
    try (XWPFDocument doc = read(report)) {
      List<String> listIds = new ArrayList<>();
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getText().equals("ข้อแรก")) {
          listIds.add(p.getNumID().toString());
        }
      }
      assertThat(listIds).hasSize(2).doesNotHaveDuplicates();
      Set<String> abstracts = new HashSet<>();
      for (String id : listIds) {
        abstracts.add(doc.getNumbering().getAbstractNumID(new java.math.BigInteger(id)).toString());
      }
      assertThat(abstracts).hasSize(2);
    }
  }

  @Test
  void imagesHeadersAndSectionsAreKept() throws IOException {
    try (XWPFDocument doc = read(report)) {
      // the logo, the chart and each merged copy of the form's picture
      assertThat(doc.getAllPictures()).hasSize(4);
      assertThat(doc.getHeaderList())
          .extracting(XWPFHeader::getText)
          .anyMatch(t -> t.contains(SampleDocx.HEADER_TEXT));
      assertThat(doc.getFooterList()).isNotEmpty();
    }
    String xml = entry(report, "word/document.xml");
    // the landscape table's section and the two merged forms' sections
    assertThat(count(xml, "w:orient=\"landscape\"")).isEqualTo(3);
    assertThat(xml).contains("w:fmt=\"thaiLetters\"").contains("w:fmt=\"decimal\"");
    assertThat(entries(report, "word/footer"))
        .anyMatch(footer -> footer.contains("PAGE") && footer.contains("fldChar"));
    assertThat(all(xml, Pattern.compile("<wp:docPr id=\"(\\d+)\""))).doesNotHaveDuplicates();
    assertThat(xml).contains("w:tblHeader");
    DocxMergerTests.assertRelationshipsResolve(report);
    // cover, front matter, chapters, the landscape table, the two merged forms (the first with the
    // heading before it), the rest: every
    // section names its header, so the merged form's header ends with the form
    List<String> sections = all(xml, Pattern.compile("(<w:sectPr>.*?</w:sectPr>)"));
    assertThat(sections).hasSize(7).allMatch(section -> section.contains("w:headerReference"));
  }

  @Test
  void headingsBeforeALandscapeTableOrAMergedFormMoveOnWithIt() {
    String xml = entry(report, "word/document.xml");
    assertThat(between(xml, "4.1 สรุปโครงการ</w:t>", " สรุปผลการดำเนินงานโครงการ</w:t>"))
        .doesNotContain("<w:sectPr");
    assertThat(between(xml, "4.1.1 แบบรายงานโครงการ</w:t>", ">แบบรายงานโครงการทดสอบ</w:t>"))
        .doesNotContain("<w:sectPr");
  }

  /**
   * The XML from the body's heading (the last occurrence: the first is the TOC's) to what follows
   * it.
   */
  private static String between(String xml, String heading, String next) {
    int from = xml.lastIndexOf(heading);
    int to = xml.indexOf(next, from);
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);
    return xml.substring(from, to);
  }

  @Test
  void thaiDigitsReachCaptionsTextAndPageNumbers() throws IOException {
    AnnualReport annual =
        AnnualReport.collect(COVER, List.of(), List.of(), SCOPE, List.of(new AwardsPlugin()));
    byte[] thai =
        new ReportAssembler(ReportOptions.defaults().withThaiDigits(true)).assemble(annual);
    try (XWPFDocument doc = read(thai)) {
      assertThat(texts(doc, "Caption")).containsExactly("ตารางที่ ๑ รางวัลของสถานศึกษา");
      assertThat(texts(doc, "Title")).contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙");
    }
    String xml = entry(thai, "word/document.xml");
    assertThat(xml).contains("w:fmt=\"thaiNumbers\"").contains("SEQ ตารางที่ \\* THAIARABIC");
    // the body's page numbers in Thai digits, the front matter's in Thai letters
    assertThat(entries(thai, "word/footer"))
        .anySatisfy(f -> assertThat(f).contains("PAGE \\* THAIARABIC"))
        .anySatisfy(f -> assertThat(f).contains(" PAGE </w:instrText>"));
  }

  @Test
  void aDocumentThatIsNotWordIsRefusedWithAClearMessage() {
    AnnualReport annual =
        new AnnualReport(
            COVER,
            List.of(),
            List.of(),
            List.of(
                ReportPart.chapter(
                    1,
                    "ส่วนที่ 1",
                    out -> out.merge("not a docx".getBytes(StandardCharsets.UTF_8)))));
    assertThatThrownBy(() -> new ReportAssembler(ReportOptions.defaults()).assemble(annual))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("not a Word document");
  }

  @Test
  void textWithCharactersXmlCannotHoldStillGivesAValidDocument() throws IOException {
    AnnualReport annual =
        new AnnualReport(
            COVER,
            List.of("คำนำ\u0001มี\u000Bอักขระ & <แปลก>\tแท็บ\nบรรทัดใหม่"),
            List.of(),
            List.of());
    byte[] bytes = new ReportAssembler(ReportOptions.defaults()).assemble(annual);
    try (XWPFDocument doc = read(bytes)) {
      assertThat(texts(doc, "BodyText"))
          .singleElement()
          .asString()
          .contains("& <แปลก>", "มีอักขระ");
    }
  }

  @Test
  void libreOfficeOpensTheReportAndPrintsTheChapterHeadings(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice and pdftotext are not installed");
    String text = LibreOffice.pdfText(LibreOffice.toPdf(report, dir));
    String squeezed = text.replaceAll("\\s+", "");
    for (String heading :
        List.of(
            "ส่วนที่1ข้อมูลพื้นฐาน",
            "ส่วนที่3ผลงานดีเด่นของสถานศึกษา",
            "ส่วนที่4ผลการดำเนินงานโครงการ",
            "ตารางที่1จำนวนสถานศึกษา",
            SampleDocx.HEADER_TEXT)) {
      assertThat(squeezed).contains(heading);
    }
    // each merged form fits on one page and carries its header; no other page does
    assertThat(count(squeezed, SampleDocx.HEADER_TEXT)).isEqualTo(2);
  }

  public static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  public static List<String> texts(XWPFDocument doc, String style) {
    List<String> out = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (style.equals(p.getStyleID())) {
        out.add(p.getText());
      }
    }
    return out;
  }

  static String entry(byte[] docx, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(name + " is not in the document");
  }

  public static List<String> entries(byte[] docx, String prefix) {
    List<String> out = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith(prefix)) {
          out.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  static List<String> all(String text, Pattern pattern) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static String styleXml(String styles, String id) {
    int start = styles.indexOf("w:styleId=\"" + id + "\"");
    return styles.substring(start, styles.indexOf("</w:style>", start));
  }
}
