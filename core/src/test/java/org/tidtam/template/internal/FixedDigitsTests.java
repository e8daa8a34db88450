package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Lang;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TestDocx;
import org.tidtam.template.Vocabulary;
import org.tidtam.testkit.LibreOffice;

/** With Thai numerals the template's own text and page numbers print Thai digits too. */
class FixedDigitsTests {

  private static final String PAGE_FIELD =
      "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
          + "<w:r><w:instrText xml:space=\"preserve\"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\">";
  private static final String PAGES_FIELD =
      "</w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
          + "<w:r><w:t xml:space=\"preserve\">";

  private static final Map<String, Object> DATA = Map.of("n", 3);

  private static Template template() {
    byte[] docx =
        TestDocx.create()
            .header("ครั้งที่ 1/2569")
            .footer("หน้า PAGENO จาก PAGESNO (ฉบับที่ 2)")
            .p("แบบ 7.2 ปีงบประมาณ 2569 ข้อ {{n}}")
            .p("ติดต่อ saraban@krabi1.go.th หรือ https://www.krabi1.go.th/2569 กระดาษ A4")
            .p("ดูหน้า 12")
            .table(new String[] {"ข้อ 1.1", "{{n}}"})
            .p("วันที่ 30 กันยายน 2569")
            .bytes();
    docx = inHyperlink(docx, "ดูหน้า 12");
    String footer = entryStartingWith(docx, "word/footer");
    docx =
        TestDocx.withEntry(
            docx, footer, xml -> xml.replace("PAGENO", PAGE_FIELD).replace("PAGESNO", PAGES_FIELD));
    return TemplateEngine.create().compile("t.docx", docx, Vocabulary.ANY);
  }

  private static byte[] render(Template t, Numerals numerals) {
    return t.render(
        RenderModel.of(DATA), new RenderOptions(Lang.TH, numerals, LocalDate.of(2026, 9, 30)));
  }

  @Test
  void printsTheTemplatesOwnNumbersInThaiDigitsExceptLinksAddressesAndCodes() {
    Template t = template();

    byte[] thai = render(t, Numerals.THAI);
    XWPFDocument doc = TestDocx.read(thai);

    assertThat(doc.getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsSubsequence(
            "แบบ ๗.๒ ปีงบประมาณ ๒๕๖๙ ข้อ ๓",
            "ติดต่อ saraban@krabi1.go.th หรือ https://www.krabi1.go.th/2569 กระดาษ A4",
            "ดูหน้า 12",
            "วันที่ ๓๐ กันยายน ๒๕๖๙");
    assertThat(doc.getTables().getFirst().getRow(0).getCell(0).getText()).isEqualTo("ข้อ ๑.๑");
    assertThat(doc.getHeaderList().getFirst().getText()).contains("ครั้งที่ ๑/๒๕๖๙");
    String footer = TestDocx.entry(thai, entryStartingWith(thai, "word/footer"));
    assertThat(footer)
        .contains("> PAGE \\* THAIARABIC   \\* MERGEFORMAT </w:instrText>")
        .contains("w:instr=\" NUMPAGES \\* THAIARABIC \"")
        .contains("(ฉบับที่ ๒)");
  }

  @Test
  void aValuesCodesAddressesAndLinksKeepTheirDigitsAsTheTemplatesOwnDo() {
    byte[] docx = TestDocx.create().p("{{project}}").bytes();
    Template t = TemplateEngine.create().compile("t.docx", docx, Vocabulary.ANY);

    byte[] thai =
        t.render(
            RenderModel.of(
                Map.of(
                    "project",
                    "KBI-2569-P03 โครงการ 2 ปี (KBI-2569-2.1) saraban@krabi1.go.th ป.1–3")),
            new RenderOptions(Lang.TH, Numerals.THAI, LocalDate.of(2026, 9, 30)));

    assertThat(TestDocx.read(thai).getParagraphs().getFirst().getText())
        .isEqualTo("KBI-2569-P03 โครงการ ๒ ปี (KBI-2569-2.1) saraban@krabi1.go.th ป.๑–๓");
  }

  @Test
  void keepsArabicDigitsInTablesForThaiTextAndEverywhereForArabic() {
    Template t = template();

    XWPFDocument text = TestDocx.read(render(t, Numerals.THAI_TEXT_ARABIC_TABLES));
    byte[] arabic = render(t, Numerals.ARABIC);
    XWPFDocument plain = TestDocx.read(arabic);

    assertThat(text.getParagraphs().getFirst().getText())
        .isEqualTo("แบบ ๗.๒ ปีงบประมาณ ๒๕๖๙ ข้อ ๓");
    assertThat(text.getTables().getFirst().getRow(0).getCell(0).getText()).isEqualTo("ข้อ 1.1");
    assertThat(text.getTables().getFirst().getRow(0).getCell(1).getText()).isEqualTo("3");
    assertThat(plain.getParagraphs().getFirst().getText())
        .isEqualTo("แบบ 7.2 ปีงบประมาณ 2569 ข้อ 3");
    assertThat(plain.getHeaderList().getFirst().getText()).contains("ครั้งที่ 1/2569");
    assertThat(TestDocx.entry(arabic, entryStartingWith(arabic, "word/footer")))
        .doesNotContain("THAIARABIC");
  }

  @Test
  void convertsOnlyTextAndThePageFieldsCodes() {
    String xml =
        "<w:p><w:r><w:rPr><w:sz w:val=\"32\"/></w:rPr><w:t>ข้อ 1 &#38; 2</w:t></w:r>"
            + "<w:r><w:t>\uE0000#12\uE001</w:t></w:r><w:r><w:instrText> DATE \\@ \"d\""
            + " </w:instrText></w:r><w:r><w:instrText> PAGE \\* roman </w:instrText></w:r></w:p>";

    String thai = FixedDigits.convert(xml, true);

    assertThat(thai)
        .contains("<w:sz w:val=\"32\"/>", "<w:t>ข้อ ๑ &#38; ๒</w:t>", "\uE0000#12\uE001")
        .contains("<w:instrText> DATE \\@ \"d\" </w:instrText>")
        .contains("<w:instrText> PAGE \\* roman </w:instrText>");
    String boxInCell =
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t><w:drawing><w:txbxContent><w:p><w:r>"
            + "<w:t>2</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p></w:tc></w:tr>"
            + "</w:tbl><w:p><w:r><w:t>3</w:t></w:r></w:p>";
    assertThat(FixedDigits.convert(boxInCell, false))
        .as("a text box is in no table, even when a cell anchors it")
        .contains("<w:t>1</w:t>", "<w:t>๒</w:t>", "<w:t>๓</w:t>");
    assertThat(FixedDigits.convert("<w:p><w:r><w:t>ก</w:t></w:r></w:p>", true))
        .isEqualTo("<w:p><w:r><w:t>ก</w:t></w:r></w:p>");
  }

  @Test
  void libreOfficePrintsTheThaiDigitsAndANumberForThePage(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice and pdftotext are not installed");

    Path pdf = LibreOffice.toPdf(render(template(), Numerals.THAI), Files.createDirectories(dir));
    String text = LibreOffice.pdfText(pdf);

    assertThat(text).contains("แบบ ๗.๒ ปี", "ข้อ ๑.๑", "(ฉบับที่ ๒)");
    assertThat(text)
        .as(
            "the page number is a number (Word prints ๑; LibreOffice prints 1), never a Thai letter")
        .containsPattern("หน้า [1๑] จาก [1๑]");
  }

  private static String entryStartingWith(byte[] docx, String prefix) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith(prefix) && e.getName().endsWith(".xml")) {
          return e.getName();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + prefix + " entry");
  }

  /** Puts the run holding exactly {@code text} inside a hyperlink. */
  private static byte[] inHyperlink(byte[] docx, String text) {
    String run = "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    return TestDocx.withEntry(
        docx,
        "word/document.xml",
        xml -> {
          assertThat(xml).contains(run);
          return xml.replace(run, "<w:hyperlink w:anchor=\"top\">" + run + "</w:hyperlink>");
        });
  }
}
