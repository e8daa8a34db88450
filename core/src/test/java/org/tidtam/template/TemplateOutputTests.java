package org.tidtam.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.tidtam.form.Image;
import org.tidtam.i18n.Lang;

/** What the engine puts into every document: fonts, page setup, images, safe text. */
class TemplateOutputTests {

  private static final RenderOptions TH =
      new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));
  private final TemplateEngine engine = TemplateEngine.create();

  private XWPFDocument render(byte[] docx, Map<String, ?> root) {
    return TestDocx.read(
        engine.compile("t", docx, Vocabulary.ANY).render(RenderModel.of(root), TH));
  }

  @Test
  void setsThaiFontSizeAndLanguageInTheDocumentDefaults() throws Exception {
    XWPFDocument doc = render(TestDocx.of("ข้อความ"), Map.of());

    CTRPr rPr = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
    CTFonts fonts = rPr.getRFontsArray(0);
    assertThat(fonts.getAscii()).isEqualTo("TH SarabunPSK");
    assertThat(fonts.getCs()).isEqualTo("TH SarabunPSK");
    assertThat(fonts.getEastAsia()).isEqualTo("TH SarabunPSK");
    assertThat(rPr.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
    assertThat(rPr.getSzCsArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
    assertThat(rPr.getLangArray(0).getBidi()).isEqualTo("th-TH");
  }

  @Test
  void usesTheFamilyOfTheEngineOptions() throws Exception {
    TemplateEngine other =
        TemplateEngine.create(EngineOptions.defaults().withFontFamily("TH Sarabun New"));
    XWPFDocument doc =
        TestDocx.read(
            other
                .compile("t", TestDocx.of("x"), Vocabulary.ANY)
                .render(RenderModel.of(Map.of()), TH));

    assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getCs())
        .isEqualTo("TH Sarabun New");
  }

  @Test
  void addsComplexScriptCompanionsToRunsWithOnlyLatinFonts() {
    byte[] docx = TestDocx.create().latinFontParagraph("{{name}}", "Angsana New", 28).bytes();

    XWPFRun run =
        render(docx, Map.of("name", "ชื่อ")).getParagraphs().getFirst().getRuns().getFirst();

    CTRPr rPr = run.getCTR().getRPr();
    assertThat(rPr.getRFontsArray(0).getCs()).isEqualTo("Angsana New");
    assertThat(rPr.getSzCsArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
    assertThat(rPr.sizeOfBCsArray()).isEqualTo(1);
  }

  @Test
  void setsA4AndReportMarginsOnlyWhenTheTemplateHasNone() {
    XWPFDocument bare = render(TestDocx.create().withoutPageSetup().p("x").bytes(), Map.of());
    XWPFDocument own = render(TestDocx.of("x"), Map.of());

    CTSectPr sect = bare.getDocument().getBody().getSectPr();
    assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
    assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
    assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1418));
    assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
    assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1134));
    assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
    assertThat(own.getDocument().getBody().getSectPr().getPgMar().getLeft())
        .isEqualTo(BigInteger.valueOf(1440));
  }

  @Test
  void placesPngAndJpegImagesScaledToTheTextWidthOrTheGivenWidth() throws IOException {
    Image png = new Image("a.png", "image/png", image("png", 2000, 1000));
    Image jpeg = new Image("b.jpg", "image/jpeg", image("jpeg", 300, 150));
    byte[] docx =
        TestDocx.create()
            .p("{{%image photo}}")
            .table(new String[] {"{{%im¦age small width=2cm}}"})
            .header("{{%image small}}")
            .p("{{%image missing}}")
            .bytes();

    XWPFDocument doc = render(docx, Map.of("photo", png, "small", jpeg));

    XWPFPicture big =
        doc.getParagraphs().getFirst().getRuns().getFirst().getEmbeddedPictures().getFirst();
    XWPFParagraph cellParagraph =
        doc.getTables().getFirst().getRow(0).getCell(0).getParagraphs().getFirst();
    XWPFPicture small = cellParagraph.getRuns().getFirst().getEmbeddedPictures().getFirst();
    assertThat(big.getPictureData().getPictureType())
        .isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
    assertThat(big.getWidth())
        .isCloseTo((11906 - 1440 - 1440) / 20.0, org.assertj.core.data.Offset.offset(1.0));
    assertThat(small.getPictureData().getPictureType())
        .isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG);
    assertThat(small.getWidth()).isCloseTo(2 / 2.54 * 72, org.assertj.core.data.Offset.offset(0.5));
    assertThat(doc.getHeaderList().getFirst().getAllPictures()).hasSize(1);
    assertThat(doc.getAllPictures()).hasSize(2);
  }

  @Test
  void keepsImagesOutOfDocumentsThatHaveNone() {
    XWPFDocument doc = render(TestDocx.of("{{%image photo}}"), Map.of());

    assertThat(doc.getAllPictures()).isEmpty();
  }

  @Test
  void removesCharactersXmlForbidsAndKeepsEmoji() {
    String dirty = "ก\u0001ข\u000Bค\u0000ง\uD800จ\u200Bฉ\uFEFF\uFFFEช 😀 <&>\"";

    XWPFDocument doc = render(TestDocx.of("[{{v}}]"), Map.of("v", dirty));

    assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("[กขคงจฉช 😀 <&>\"]");
  }

  @Test
  void turnsLineBreaksAndTabsIntoWordBreaksAndTabs() {
    XWPFDocument doc = render(TestDocx.of("{{v}}"), Map.of("v", "หนึ่ง\nสอง\r\nสาม\tสี่"));

    XWPFParagraph p = doc.getParagraphs().getFirst();
    assertThat(p.getText()).isEqualTo("หนึ่ง\nสอง\nสาม\tสี่");
    assertThat(p.getCTP().xmlText()).contains("<w:br/>").contains("<w:tab/>");
  }

  @Test
  void writesAHundredKilobytesOfThaiWithoutSpaces() {
    String thai = "สวัสดีครับประเทศไทย".repeat(100_000 / 19 + 1);

    XWPFDocument doc = render(TestDocx.of("{{v}}"), Map.of("v", thai));

    assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo(thai);
  }

  @Test
  void keepsPrivateUseCharactersOfTemplateText() {
    byte[] docx = TestDocx.of("ก\uE000ข {{v}} \uE0001\uE001ค", "\uE001{{v}}\uE000");

    XWPFDocument doc = render(docx, Map.of("v", "x"));

    assertThat(doc.getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly("ก\uE000ข x \uE0001\uE001ค", "\uE001x\uE000");
  }

  @Test
  void numbersNewDrawingsAboveTemplateIdsBeyondTheIntRange() throws IOException {
    Image png = new Image("a.png", "image/png", image("png", 20, 10));
    byte[] docx = TestDocx.create().image(3_000_000_000L).p("{{%image photo}}").bytes();

    byte[] out =
        engine.compile("t", docx, Vocabulary.ANY).render(RenderModel.of(Map.of("photo", png)), TH);

    assertThat(TestDocx.entry(out, "word/document.xml"))
        .contains("docPr id=\"3000000000\"", "docPr id=\"3000000001\"");
    assertThat(TestDocx.read(out).getAllPictures()).hasSize(2);
  }

  @Test
  void givesEveryRepeatedTemplateDrawingItsOwnId() throws IOException {
    TestDocx template = TestDocx.create();
    Tbl table = TestDocx.tbl(new String[] {"{{#each items as i}}{{i}}", "{{/each}}"});
    TestDocx.cell(table, 0, 0).getContent().add(template.imageParagraph(5));
    byte[] docx =
        template
            .image(7)
            .p("{{#each items as i}}")
            .image(6)
            .p("{{i}} {{%image photo}}")
            .p("{{/each}}")
            .add(table)
            .bytes();
    docx =
        TestDocx.withEntry(
            docx,
            "word/document.xml",
            xml ->
                xml.replace(
                    "{{%image photo}}</w:t></w:r>",
                    "{{%image photo}}</w:t></w:r><w:r><w:pict><v:rect o:spid=\"_x0000_s1026\""
                        + " style=\"width:9pt;height:9pt\"/></w:pict></w:r>"));
    Image png = new Image("a.png", "image/png", image("png", 20, 10));

    byte[] out =
        engine
            .compile("t", docx, Vocabulary.ANY)
            .render(RenderModel.of(Map.of("items", List.of("ก", "ข", "ค"), "photo", png)), TH);

    List<String> ids =
        Pattern.compile("docPr id=\"(\\d+)\"")
            .matcher(TestDocx.entry(out, "word/document.xml"))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(ids).hasSize(1 + 3 + 3 + 3).doesNotHaveDuplicates().contains("7");
    assertThat(ids.stream().mapToLong(Long::parseLong).filter(id -> id != 7))
        .allMatch(id -> id > 7);
    assertThat(TestDocx.read(out).getAllPictures()).hasSizeGreaterThan(1);
    assertThat(
            Pattern.compile("o:spid=\"(_x0000_s\\d+)\"")
                .matcher(TestDocx.entry(out, "word/document.xml"))
                .results()
                .map(m -> m.group(1))
                .toList())
        .hasSize(3)
        .doesNotHaveDuplicates();
  }

  @Test
  void turnsWordTemplatesAndMacroDocumentsIntoPlainDocuments() {
    String documentType =
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    byte[] docx = TestDocx.of("{{v}}");
    byte[] dotx =
        TestDocx.withEntry(
            docx,
            "[Content_Types].xml",
            ct ->
                ct.replace(
                    documentType,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"));
    byte[] docm = TestDocx.withEntry(docx, "word/vbaProject.bin", none -> "macro");
    docm = TestDocx.withEntry(docm, "word/vbaData.xml", none -> "<wne:vbaSuppData/>");
    docm =
        TestDocx.withEntry(
            docm,
            "word/_rels/vbaProject.bin.rels",
            none ->
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.microsoft.com/office/2006/"
                    + "relationships/wordVbaData\" Target=\"vbaData.xml\"/></Relationships>");
    docm =
        TestDocx.withEntry(
            docm,
            "[Content_Types].xml",
            ct ->
                ct.replace(documentType, "application/vnd.ms-word.document.macroEnabled.main+xml")
                    .replace(
                        "</Types>",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                            + "<Override PartName=\"/word/vbaData.xml\""
                            + " ContentType=\"application/vnd.ms-word.vbaData+xml\"/></Types>"));
    docm =
        TestDocx.withEntry(
            docm,
            "word/_rels/document.xml.rels",
            rels ->
                rels.replace(
                    "</Relationships>",
                    "<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/"
                        + "relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>"));

    for (byte[] template : List.of(dotx, docm)) {
      byte[] out =
          engine
              .compile("t", template, Vocabulary.ANY)
              .render(RenderModel.of(Map.of("v", "ค่า")), TH);

      assertThat(TestDocx.entry(out, "[Content_Types].xml"))
          .containsPattern(
              "<Override[^>]*(PartName=\"/word/document.xml\"[^>]*ContentType=\""
                  + Pattern.quote(documentType)
                  + "|ContentType=\""
                  + Pattern.quote(documentType)
                  + "\"[^>]*PartName=\"/word/document.xml\")")
          .doesNotContain("vbaProject", "vbaData", "macroEnabled", "template.main");
      assertThat(TestDocx.entry(out, "word/_rels/document.xml.rels")).doesNotContain("vbaProject");
      assertThat(TestDocx.entry(out, "word/vbaProject.bin")).isNull();
      assertThat(TestDocx.entry(out, "word/vbaData.xml")).isNull();
      assertThat(TestDocx.read(out).getParagraphs().getFirst().getText()).isEqualTo("ค่า");
    }
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, format, out);
    return out.toByteArray();
  }
}
