package org.tidtam.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBrType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.Enum;
import org.tidtam.i18n.Lang;
import org.tidtam.testkit.LibreOffice;

/**
 * Nothing the template holds is lost: pictures, breaks, bookmarks and comments beside block tags,
 * text around block tags, tags in text boxes, private-use characters, and parts docx4j cannot read
 * completely.
 */
class TemplateKeepsContentTests {

  private static final ObjectFactory WML = new ObjectFactory();
  private static final RenderOptions TH =
      new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));
  private static final String WPS_NS =
      " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

  private final TemplateEngine engine = TemplateEngine.create();

  private byte[] render(byte[] docx, Map<String, ?> root) {
    return engine.compile("t", docx, Vocabulary.ANY).render(RenderModel.of(root), TH);
  }

  private static List<String> texts(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(p -> p.getText().strip()).toList();
  }

  private static int pictures(XWPFDocument doc) {
    int n = 0;
    for (XWPFParagraph p : doc.getParagraphs()) {
      for (XWPFRun r : p.getRuns()) {
        n += r.getEmbeddedPictures().size();
      }
    }
    return n;
  }

  private static int breaks(XWPFDocument doc, Enum type) {
    int n = 0;
    for (XWPFParagraph p : doc.getParagraphs()) {
      for (XWPFRun r : p.getRuns()) {
        for (CTBr br : r.getCTR().getBrList()) {
          if (type.equals(br.getType())) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static R breakRun(STBrType type) {
    Br br = WML.createBr();
    br.setType(type);
    R r = WML.createR();
    r.getContent().add(br);
    return r;
  }

  @Test
  void keepsAPictureBesideAnOpeningLoopTagOnceBeforeTheRepetitions() {
    TestDocx d = TestDocx.create();
    P picture = d.imageParagraph(7);
    picture.getContent().addAll(TestDocx.paragraph("{{#each items as i}}").getContent());
    byte[] docx = d.add(picture).p("{{i}}").p("{{/each}}").p("จบ").bytes();

    XWPFDocument doc = TestDocx.read(render(docx, Map.of("items", List.of("ก", "ข", "ค"))));

    assertThat(texts(doc)).containsExactly("", "ก", "ข", "ค", "จบ");
    assertThat(pictures(doc)).isEqualTo(1);
    assertThat(doc.getParagraphs().getFirst().getRuns())
        .anySatisfy(r -> assertThat(r.getEmbeddedPictures()).hasSize(1));
    XWPFDocument none = TestDocx.read(render(docx, Map.of("items", List.of())));
    assertThat(pictures(none)).isEqualTo(1);
  }

  @Test
  void keepsAPageBreakBesideAClosingTagAfterTheBlock() {
    P close = TestDocx.paragraph("{{/if}}");
    close.getContent().add(breakRun(STBrType.PAGE));
    P open = TestDocx.paragraph("{{#if ok}}");
    open.getContent().add(breakRun(STBrType.COLUMN));
    byte[] docx = TestDocx.create().add(open).p("ใน").add(close).p("หน้าใหม่").bytes();

    for (boolean ok : List.of(true, false)) {
      XWPFDocument doc = TestDocx.read(render(docx, Map.of("ok", ok)));

      assertThat(breaks(doc, org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE))
          .isEqualTo(1);
      assertThat(
              breaks(doc, org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.COLUMN))
          .isEqualTo(1);
      assertThat(texts(doc))
          .containsExactlyElementsOf(
              ok ? List.of("", "ใน", "", "หน้าใหม่") : List.of("", "", "หน้าใหม่"));
    }
    XWPFParagraph last = TestDocx.read(render(docx, Map.of("ok", true))).getParagraphs().get(2);
    assertThat(last.getRuns()).anySatisfy(r -> assertThat(r.getCTR().getBrList()).hasSize(1));
  }

  @Test
  void keepsPictureAndPageBreakOfBlockTagLinesAsWordWritesThem() {
    TestDocx d = TestDocx.create();
    P picture = d.imageParagraph(1);
    picture.getContent().addAll(TestDocx.paragraph("OPEN").getContent());
    P pageBreak = TestDocx.paragraph("CLOSE");
    pageBreak.getContent().addFirst(breakRun(STBrType.PAGE));
    byte[] docx = d.p("รายการ").add(picture).p("{{i}}").add(pageBreak).p("ภาคผนวก").bytes();
    byte[] word = TestDocx.withEntry(docx, "word/document.xml", TemplateKeepsContentTests::asWord);

    for (List<String> items : List.of(List.of("ก", "ข"), List.<String>of())) {
      XWPFDocument doc = TestDocx.read(render(word, Map.of("items", items)));

      assertThat(pictures(doc)).as("the picture, once").isEqualTo(1);
      assertThat(breaks(doc, org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE))
          .as("the page break, once")
          .isEqualTo(1);
      assertThat(texts(doc).stream().filter(t -> !t.isEmpty()).toList())
          .containsExactlyElementsOf(
              items.isEmpty()
                  ? List.of("รายการ", "ภาคผนวก")
                  : List.of("รายการ", "ก", "ข", "ภาคผนวก"));
    }
  }

  /**
   * The document XML as Word saves it: revision ids and paragraph ids on every paragraph and run, a
   * tag split over runs by the spelling check, and the mark Word leaves where it last broke a page.
   */
  private static String asWord(String xml) {
    assertThat(xml).contains("xmlns:w14=");
    int[] n = {0};
    String paragraphs =
        java.util.regex.Pattern.compile("<w:p>")
            .matcher(xml)
            .replaceAll(
                m ->
                    String.format(
                        "<w:p w14:paraId=\"%08X\" w14:textId=\"77777777\" w:rsidR=\"00C41A2B\""
                            + " w:rsidRDefault=\"00C41A2B\">",
                        0x1A2B3C00 + n[0]++));
    String split =
        "<w:r w:rsidR=\"00D52F10\"><w:t>{{#each items</w:t></w:r>"
            + "<w:proofErr w:type=\"gramStart\"/><w:r w:rsidR=\"00D52F10\" w:rsidRPr=\"00E1\">"
            + "<w:t xml:space=\"preserve\"> as i}}</w:t></w:r><w:proofErr w:type=\"gramEnd\"/>";
    return paragraphs
        .replace("<w:r><w:t xml:space=\"preserve\">OPEN</w:t></w:r>", split)
        .replace(
            "<w:r><w:t xml:space=\"preserve\">CLOSE</w:t></w:r>",
            "<w:r w:rsidR=\"00D52F10\"><w:lastRenderedPageBreak/><w:t>{{/each}}</w:t></w:r>");
  }

  @Test
  void keepsBookmarksAndCommentsBesideBlockTags() {
    P open = TestDocx.paragraph("{{#if ok}}");
    CTBookmark start = WML.createCTBookmark();
    start.setId(BigInteger.valueOf(42));
    start.setName("เริ่ม");
    open.getContent().addFirst(WML.createBodyBookmarkStart(start));
    CTMarkupRange end = WML.createCTMarkupRange();
    end.setId(BigInteger.valueOf(42));
    open.getContent().add(WML.createBodyBookmarkEnd(end));
    byte[] docx =
        TestDocx.withEntry(
            TestDocx.create().add(open).p("ใน").p("{{/if}}COMMENT").bytes(),
            "word/document.xml",
            xml ->
                xml.replace(
                    "<w:t xml:space=\"preserve\">{{/if}}COMMENT</w:t></w:r>",
                    "<w:t xml:space=\"preserve\">{{/if}}</w:t></w:r><w:commentRangeStart w:id=\"3\"/>"
                        + "<w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/>"
                        + "</w:r>"));

    byte[] out = render(docx, Map.of("ok", false));

    XWPFDocument doc = TestDocx.read(out);
    assertThat(doc.getParagraphs().getFirst().getCTP().getBookmarkStartList())
        .singleElement()
        .satisfies(b -> assertThat(b.getName()).isEqualTo("เริ่ม"));
    assertThat(doc.getParagraphs().getLast().getCTP().getCommentRangeStartList()).hasSize(1);
    assertThat(TestDocx.entry(out, "word/document.xml"))
        .contains("<w:bookmarkEnd w:id=\"42\"/>", "<w:commentReference w:id=\"3\"/>")
        .doesNotContain("{{");
  }

  @Test
  void reportsAPictureBesideAnElseTag() {
    TestDocx d = TestDocx.create();
    P picture = d.imageParagraph(9);
    picture.getContent().addAll(TestDocx.paragraph("{{else}}").getContent());
    byte[] docx = d.p("{{#if ok}}").p("ใช่").add(picture).p("ไม่").p("{{/if}}").bytes();

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("t", docx, Vocabulary.ANY));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message().in(Lang.EN))
                    .contains("also holds a picture or shape, which has no place outside"))
        .satisfies(p -> assertThat(p.message().in(Lang.TH)).contains("รูปภาพหรือรูปร่าง"));
  }

  @Test
  void keepsTheTextBeforeAnOpeningAndAfterAClosingTagOnce() {
    byte[] docx = TestDocx.of("Intro {{#if x}}", "กลาง", "{{/if}} outro");
    byte[] loop = TestDocx.of("รายการ: {{#each items as i}}{{i}}", "{{/ea¦ch}} จบ {{n}}");

    assertThat(texts(TestDocx.read(render(docx, Map.of("x", true)))))
        .containsExactly("Intro", "กลาง", "outro");
    assertThat(texts(TestDocx.read(render(docx, Map.of("x", false)))))
        .containsExactly("Intro", "outro");
    assertThat(texts(TestDocx.read(render(loop, Map.of("items", List.of("ก", "ข"), "n", 2)))))
        .containsExactly("รายการ:", "ก", "ข", "จบ 2");
  }

  @Test
  void cutsAParagraphAtABlockTagThatSharesItInATableCell() {
    byte[] docx =
        TestDocx.create()
            .table(
                new String[] {
                  "Intro {{#if x}}\nกลาง\n{{/if}} outro",
                  "รายการ: {{#each items as i}}{{i}}\n{{/each}} จบ {{n}}"
                },
                new String[] {"ผล: {{#if x}}ผ่าน\nครบ {{else}} ไม่ผ่าน\n{{/if}}", "ท้าย"})
            .bytes();

    XWPFTable shown =
        TestDocx.read(render(docx, Map.of("x", true, "items", List.of("ก", "ข"), "n", 2)))
            .getTables()
            .getFirst();
    XWPFTable hidden =
        TestDocx.read(render(docx, Map.of("x", false, "items", List.of(), "n", 0)))
            .getTables()
            .getFirst();

    assertThat(shown.getRows()).as("the rows do not repeat").hasSize(2);
    assertThat(cellTexts(shown, 0, 0)).containsExactly("Intro", "กลาง", "outro");
    assertThat(cellTexts(shown, 0, 1)).containsExactly("รายการ:", "ก", "ข", "จบ 2");
    assertThat(cellTexts(shown, 1, 0)).containsExactly("ผล:", "ผ่าน", "ครบ");
    assertThat(hidden.getRows()).hasSize(2);
    assertThat(cellTexts(hidden, 0, 0)).containsExactly("Intro", "outro");
    assertThat(cellTexts(hidden, 0, 1)).containsExactly("รายการ:", "จบ 0");
    assertThat(cellTexts(hidden, 1, 0)).containsExactly("ผล:", "ไม่ผ่าน");
  }

  private static List<String> cellTexts(XWPFTable table, int row, int cell) {
    return table.getRow(row).getCell(cell).getParagraphs().stream()
        .map(p -> p.getText().strip())
        .toList();
  }

  @Test
  void reportsABlockTagWithTextAroundItInsideAHyperlinkByItsParagraphAndOccurrence() {
    byte[] docx =
        TestDocx.create()
            .p("ข้อ {{#if ok}}")
            .p("กลาง")
            .p("{{/if}}")
            .p("ข้อ {{#if ok}}")
            .p("กลาง")
            .p("{{/if}}")
            .table(new String[] {"{{#if ok}}ก่อน\nกลาง\n{{/if}} ท้าย"})
            .bytes();
    docx = inHyperlink(docx, "ข้อ {{#if ok}}", 1);
    docx = inHyperlink(docx, "{{/if}} ท้าย", 0);
    byte[] template = docx;

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("t", template, Vocabulary.ANY));

    assertThat(e.problems())
        .extracting(p -> p.location().in(Lang.EN) + ": " + p.message().in(Lang.EN))
        .containsExactly(
            "paragraph 2 of 2 reading \"ข้อ {{#if ok}}\": {{#if}}: a block tag that shares its"
                + " paragraph with text cannot sit inside a hyperlink, a tracked change or a"
                + " content control: move it out of the link, or put it alone in a paragraph of"
                + " its own",
            "table 1, row 1, cell 1 \"{{/if}} ท้าย\": {{#if}}: a block tag that shares its"
                + " paragraph with text cannot sit inside a hyperlink, a tracked change or a"
                + " content control: move it out of the link, or put it alone in a paragraph of"
                + " its own");
  }

  @Test
  void acceptsABlockTagAloneInAHyperlink() {
    byte[] docx =
        inHyperlink(TestDocx.of("ก่อน", "{{#if ok}}", "กลาง", "{{/if}}", "หลัง"), "{{#if ok}}", 0);

    assertThat(texts(TestDocx.read(render(docx, Map.of("ok", true)))))
        .containsExactly("ก่อน", "กลาง", "หลัง");
    assertThat(texts(TestDocx.read(render(docx, Map.of("ok", false)))))
        .containsExactly("ก่อน", "หลัง");
  }

  /** Puts the {@code nth} (from 0) run holding exactly {@code text} inside a hyperlink. */
  private static byte[] inHyperlink(byte[] docx, String text, int nth) {
    String run = "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    return TestDocx.withEntry(
        docx,
        "word/document.xml",
        xml -> {
          int at = -1;
          for (int i = 0; i <= nth; i++) {
            at = xml.indexOf(run, at + 1);
          }
          assertThat(at).as("run " + nth + " of " + text).isNotNegative();
          return xml.substring(0, at)
              + "<w:hyperlink w:anchor=\"top\">"
              + run
              + "</w:hyperlink>"
              + xml.substring(at + run.length());
        });
  }

  @Test
  void splitsAParagraphAtAnElseThatSharesIt() {
    byte[] docx = TestDocx.of("ผล: {{#if ok}}ผ่าน", "ครบ {{else}} ไม่ผ่าน", "{{/if}}");

    assertThat(texts(TestDocx.read(render(docx, Map.of("ok", true)))))
        .containsExactly("ผล:", "ผ่าน", "ครบ");
    assertThat(texts(TestDocx.read(render(docx, Map.of("ok", false)))))
        .containsExactly("ผล:", "ไม่ผ่าน");
  }

  @Test
  void namesWhichOfIdenticalParagraphsCannotHoldItsTag() {
    byte[] docx =
        TestDocx.create()
            .p("ข้อ {{#if ok}}")
            .p("ข้อ {{#if ok}}")
            .table(new String[] {"{{/if}}"})
            .p("{{/if}}")
            .bytes();

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("t", docx, Vocabulary.ANY));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.location().in(Lang.EN))
                    .isEqualTo("paragraph 2 of 2 reading \"ข้อ {{#if ok}}\""))
        .satisfies(
            p ->
                assertThat(p.location().in(Lang.TH))
                    .isEqualTo("ย่อหน้าที่ 2 จาก 2 ย่อหน้าที่มีข้อความ \"ข้อ {{#if ok}}\""));
  }

  @Test
  void keepsPrivateUseCharactersEvenWhereTheyLookLikeTheEnginesMarkers() {
    String fixed = "ก\uE0000#1\uE001ข\uE000";
    byte[] docx = TestDocx.of(fixed + " {{v}}", "{{#if ok}}", "\uE0000#2\uE001", "{{/if}}");

    byte[] out = render(docx, Map.of("v", "x", "ok", true));

    assertThat(texts(TestDocx.read(out))).containsExactly(fixed + " x", "\uE0000#2\uE001");
  }

  @Test
  void reportsAPartDocx4jCannotReadCompletely() {
    byte[] docx =
        TestDocx.withEntry(
            TestDocx.of("นอก", "หลัง"),
            "word/document.xml",
            xml ->
                xml.replace(
                    "<w:t xml:space=\"preserve\">นอก</w:t></w:r>",
                    "<w:t xml:space=\"preserve\">นอก</w:t></w:r><w:p><w:r><w:t>ใน {{v}}</w:t>"
                        + "</w:r></w:p>"));

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("t", docx, Vocabulary.ANY));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.part()).isEqualTo("word/document.xml"))
        .satisfies(
            p ->
                assertThat(p.message().in(Lang.EN))
                    .contains("could not be read completely")
                    .contains("\"ใน {{v}}"))
        .satisfies(
            p -> assertThat(p.message().in(Lang.TH)).contains("อ่านส่วนนี้ของไฟล์ได้ไม่ครบ"));
  }

  /** A DrawingML text box with a VML fallback, as Word writes it, holding the given paragraphs. */
  private static String wordTextBox(String paragraphs) {
    String content = "<w:txbxContent>" + paragraphs + "</w:txbxContent>";
    return "<w:r><mc:AlternateContent"
        + WPS_NS
        + "><mc:Choice Requires=\"wps\"><w:drawing>"
        + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\""
        + " relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\""
        + " allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\">"
        + "<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\">"
        + "<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"2743200\" cy=\"1371600\"/>"
        + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
        + "<wp:docPr id=\"5\" name=\"Text Box 5\"/><wp:cNvGraphicFramePr/>"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
        + "<a:ext cx=\"2743200\" cy=\"1371600\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/>"
        + "</a:prstGeom></wps:spPr><wps:txbx>"
        + content
        + "</wps:txbx><wps:bodyPr/></wps:wsp>"
        + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        + vmlShape(content)
        + "</mc:Fallback></mc:AlternateContent></w:r>";
  }

  private static String vmlTextBox(String content) {
    return "<w:r>" + vmlShape(content) + "</w:r>";
  }

  private static String vmlShape(String content) {
    return "<w:pict xmlns:v=\"urn:schemas-microsoft-com:vml\""
        + " xmlns:o=\"urn:schemas-microsoft-com:office:office\"><v:shape id=\"box\" o:spid=\"_x0000_s1026\" type=\"#_x0000_t202\""
        + " style=\"position:absolute;width:216pt;height:108pt\"><v:textbox>"
        + content
        + "</v:textbox></v:shape></w:pict>";
  }

  /** The text of a part's XML: every element removed. */
  private static String plain(String xml) {
    return xml.replaceAll("<[^>]*>", "");
  }

  private static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  private static String headerEntry(byte[] docx) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("word/header")) {
          return e.getName();
        }
      }
      throw new AssertionError("no header");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] textBoxTemplate() {
    return TestDocx.withEntry(
        TestDocx.create().p("BODY").p("หลัง").bytes(),
        "word/document.xml",
        xml ->
            xml.replace(
                "<w:r><w:t xml:space=\"preserve\">BODY</w:t></w:r>",
                "<w:r><w:t xml:space=\"preserve\">ก่อนกล่อง</w:t></w:r>"
                    + wordTextBox(
                        p("แบบ {{form}}")
                            + p("{{#each items as i}}")
                            + p("- {{i}}")
                            + p("{{/each}}"))));
  }

  private static byte[] headerTextBoxTemplate() {
    byte[] docx = TestDocx.create().header("HEADER").p("หลัง").bytes();
    return TestDocx.withEntry(
        docx,
        headerEntry(docx),
        xml ->
            xml.replace(
                "<w:r><w:t xml:space=\"preserve\">HEADER</w:t></w:r>",
                vmlTextBox(
                    "<w:txbxContent>"
                        + p("หัว {{form}} {{#if ok}}มี{{/if}}")
                        + p("{{#each items as i}}")
                        + p("[{{i}}]")
                        + p("{{/each}}")
                        + "</w:txbxContent>")));
  }

  @Test
  void fillsTagsAndLoopsInTextBoxesOfTheBody() {
    byte[] out =
        render(textBoxTemplate(), Map.of("form", "7.1", "items", List.of("ก", "ข"), "ok", true));

    String body = TestDocx.entry(out, "word/document.xml");
    assertThat(plain(body)).doesNotContain("{{").contains("แบบ 7.1- ก- ขแบบ 7.1- ก- ขหลัง");
    assertThat(texts(TestDocx.read(out))).containsExactly("ก่อนกล่อง", "หลัง");
  }

  @Test
  void fillsTagsAndLoopsInAVmlTextBoxOfTheHeader() {
    byte[] docx = headerTextBoxTemplate();

    byte[] out = render(docx, Map.of("form", "7.1", "items", List.of("ก", "ข"), "ok", true));

    String header = TestDocx.entry(out, headerEntry(out));
    assertThat(plain(header)).doesNotContain("{{").contains("หัว 7.1 มี[ก][ข]");
    assertThat(texts(TestDocx.read(out))).containsExactly("หลัง");
  }

  @Test
  void libreOfficeOpensADocumentWithFilledTextBoxesAndKeptPictures(@TempDir Path dir)
      throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice is not installed");
    byte[] out =
        render(textBoxTemplate(), Map.of("form", "7.3", "items", List.of("หนึ่ง"), "ok", false));

    Path pdf = LibreOffice.toPdf(out, dir);

    assertThat(Files.size(pdf)).isPositive();
    assertThat(LibreOffice.pdfText(pdf)).contains("7.3", "หนึ่ง").doesNotContain("{{");
  }
}
