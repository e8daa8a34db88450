package org.tidtam.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;

class TemplateEngineTests {

  enum Status implements Labeled {
    DONE("ดำเนินการแล้ว", "Done"),
    PENDING("ยังไม่ดำเนินการ", "Pending");

    private final LocalizedText label;

    Status(String th, String en) {
      this.label = LocalizedText.of(th, en);
    }

    @Override
    public LocalizedText label() {
      return label;
    }
  }

  record Person(String name) {}

  record Activity(String name, BigDecimal spent, Status status) {}

  record Report(
      String projectName,
      Person owner,
      List<Activity> activities,
      LocalDate date,
      boolean approved) {
    public BigDecimal total() {
      return activities.stream().map(Activity::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  static final Report REPORT =
      new Report(
          "โครงการอ่านออกเขียนได้",
          new Person("สมชาย ใจดี"),
          List.of(
              new Activity("อบรมครู", new BigDecimal("15000.5"), Status.DONE),
              new Activity("จัดซื้อหนังสือ", new BigDecimal("2500"), Status.PENDING),
              new Activity("นิเทศ", new BigDecimal("0"), Status.DONE)),
          LocalDate.of(2026, 9, 30),
          true);

  static final RenderOptions TH =
      new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));

  private final TemplateEngine engine = TemplateEngine.create();

  private XWPFDocument render(byte[] docx, Object root) {
    return render(docx, root, TH);
  }

  private XWPFDocument render(byte[] docx, Object root, RenderOptions options) {
    Template t = engine.compile("test", docx, Vocabulary.ANY);
    return TestDocx.read(t.render(RenderModel.of(root), options));
  }

  static List<String> paragraphs(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  static String cell(XWPFTable table, int row, int cell) {
    return table.getRow(row).getCell(cell).getText();
  }

  @Test
  void printsRecordComponentsMapKeysAndPublicMethods() {
    byte[] docx = TestDocx.of("{{projectName}} / {{owner.name}} / {{total}} / {{extra.x}}");
    XWPFDocument doc =
        TestDocx.read(
            engine
                .compile("t", docx, Vocabulary.ANY)
                .render(new RenderModel(REPORT, Map.of("extra", Map.of("x", "จาก global"))), TH));

    assertThat(paragraphs(doc))
        .containsExactly("โครงการอ่านออกเขียนได้ / สมชาย ใจดี / 17500.5 / จาก global");
  }

  @Test
  void joinsTagsSplitAcrossRunsKeepingTheFormattingOfTheFirstRun() {
    byte[] docx =
        TestDocx.of(
            "ชื่อ: {{proj¦ect¦Name}} จบ", "{{⁞owner.⁞name}}", "{¦{owner.name}¦} และ {{total¦}}");

    XWPFDocument doc = render(docx, REPORT);

    assertThat(paragraphs(doc))
        .containsExactly("ชื่อ: โครงการอ่านออกเขียนได้ จบ", "สมชาย ใจดี", "สมชาย ใจดี และ 17500.5");
    XWPFRun valueRun =
        doc.getParagraphs().getFirst().getRuns().stream()
            .filter(r -> r.text().contains("โครงการ"))
            .findFirst()
            .orElseThrow();
    assertThat(valueRun.isBold()).isFalse();
  }

  @Test
  void fillsHeadersAndFooters() {
    byte[] docx =
        TestDocx.create()
            .p("เนื้อความ")
            .header("หัว {{proj¦ectName}}")
            .footer("{{owner⁞.name}}")
            .bytes();

    XWPFDocument doc = render(docx, REPORT);

    assertThat(doc.getHeaderList())
        .extracting(h -> h.getText().strip())
        .containsExactly("หัว โครงการอ่านออกเขียนได้");
    assertThat(doc.getFooterList())
        .extracting(f -> f.getText().strip())
        .containsExactly("สมชาย ใจดี");
  }

  @Test
  void repeatsOneTableRowPerElement() {
    byte[] docx =
        TestDocx.create()
            .table(
                new String[] {"ที่", "กิจกรรม", "งบ"},
                new String[] {
                  "{{#each activities as a}}{{@number}}",
                  "{{a.name}}",
                  "{{a.spent | baht}}{{/each}}"
                },
                new String[] {"รวม", "", "{{total | baht}}"})
            .bytes();

    XWPFTable table = render(docx, REPORT).getTables().getFirst();

    assertThat(table.getRows()).hasSize(5);
    assertThat(cell(table, 1, 0)).isEqualTo("1");
    assertThat(cell(table, 2, 1)).isEqualTo("จัดซื้อหนังสือ");
    assertThat(cell(table, 1, 2)).isEqualTo("15,000.50");
    assertThat(cell(table, 4, 2)).isEqualTo("17,500.50");
  }

  @Test
  void repeatsTwoTableRowsPerElement() {
    byte[] docx =
        TestDocx.create()
            .table(
                new String[] {"หัวตาราง", ""},
                new String[] {"{{#each activities as a}}{{a.name}}", "{{a.status}}"},
                new String[] {"งบ", "{{a.spent | number}}{{/each}}"})
            .bytes();

    XWPFTable table = render(docx, REPORT).getTables().getFirst();

    assertThat(table.getRows()).hasSize(7);
    assertThat(cell(table, 3, 0)).isEqualTo("จัดซื้อหนังสือ");
    assertThat(cell(table, 3, 1)).isEqualTo("ยังไม่ดำเนินการ");
    assertThat(cell(table, 4, 1)).isEqualTo("2,500");
  }

  @Test
  void nestsARowLoopInsideAParagraphBlockLoop() {
    Map<String, Object> root =
        Map.of(
            "groups",
            List.of(
                Map.of("name", "ก", "items", List.of("ก1", "ก2")),
                Map.of("name", "ข", "items", List.of("ข1", "ข2", "ข3"))));
    byte[] docx =
        TestDocx.create()
            .p("ก่อน")
            .p("{{#each groups as g}}")
            .p("กลุ่ม {{g.name}}")
            .table(new String[] {"{{#each g.items as i}}{{@number}}.", "{{i}}{{/each}}"})
            .p("{{/each}}")
            .p("หลัง")
            .bytes();

    XWPFDocument doc = render(docx, root);

    assertThat(paragraphs(doc)).containsExactly("ก่อน", "กลุ่ม ก", "กลุ่ม ข", "หลัง");
    assertThat(doc.getTables()).hasSize(2);
    assertThat(doc.getTables().get(1).getRows()).hasSize(3);
    assertThat(cell(doc.getTables().get(1), 2, 0)).isEqualTo("3.");
    assertThat(cell(doc.getTables().get(1), 2, 1)).isEqualTo("ข3");
  }

  @Test
  void nestsBlockLoopsAndNumbersTheInnermost() {
    Map<String, Object> root =
        Map.of(
            "groups",
            List.of(
                Map.of("name", "ก", "items", List.of("x", "y")),
                Map.of("name", "ข", "items", List.of("z"))));
    byte[] docx =
        TestDocx.of(
            "{{#each groups as g}}",
            "{{@number}} {{g.name}}",
            "{{#each g.items as i}}",
            "{{g.name}}.{{@number}} {{i}}",
            "{{/each}}",
            "{{/each}}");

    assertThat(paragraphs(render(docx, root)))
        .containsExactly("1 ก", "ก.1 x", "ก.2 y", "2 ข", "ข.1 z");
  }

  @Test
  void repeatsRunsOfAnInlineLoop() {
    byte[] docx = TestDocx.of("กิจกรรม: {{#each activities as a}}{{a.name}}¦; {{/each}}จบ");

    assertThat(paragraphs(render(docx, REPORT)))
        .containsExactly("กิจกรรม: อบรมครู; จัดซื้อหนังสือ; นิเทศ; จบ");
  }

  @Test
  void choosesBranchesOfInlineConditionals() {
    byte[] docx =
        TestDocx.of(
            "{{#if approved}}อนุมัติ{{else}}ไม่อนุมัติ{{/if}}",
            "{{#if !approved}}ไม่{{/if}}ผ่าน",
            "{{#each activities as a}}{{#if a.status == 'DONE'}}✓{{else}}✗{{/if}}{{/each}}",
            "{{#each activities as a}}{{#if a.spent}}+{{/if}}{{#if a.status != \"DONE\"}}!{{/if}}{{/each}}");

    assertThat(paragraphs(render(docx, REPORT))).containsExactly("อนุมัติ", "ผ่าน", "✓✗✓", "++!");
  }

  @Test
  void choosesBranchesOfParagraphBlockConditionals() {
    byte[] docx =
        TestDocx.of(
            "ก่อน",
            "{{#if approved}}",
            "อนุมัติแล้ว",
            "{{else}}",
            "รอพิจารณา",
            "{{/if}}",
            "{{#if owner.missing}}",
            "ไม่ควรเห็น",
            "{{/if}}",
            "หลัง");

    assertThat(paragraphs(render(docx, REPORT))).containsExactly("ก่อน", "อนุมัติแล้ว", "หลัง");
  }

  @Test
  void choosesTableRowsOfRowConditionals() {
    byte[] docx =
        TestDocx.create()
            .table(
                new String[] {"หัว"},
                new String[] {"{{#if approved}}อนุมัติ"},
                new String[] {"{{else}}ไม่อนุมัติ{{/if}}"},
                new String[] {"{{#if owner.missing}}ไม่ควรเห็น", "x{{/if}}"},
                new String[] {"ท้าย"})
            .bytes();
    byte[] rowIfTwoCells =
        TestDocx.create()
            .table(new String[] {"{{#if approved}}ใช่", "{{/if}}"}, new String[] {"ท้าย", ""})
            .bytes();

    XWPFTable table = render(docx, REPORT).getTables().getFirst();
    XWPFTable second = render(rowIfTwoCells, REPORT).getTables().getFirst();

    assertThat(table.getRows())
        .extracting(r -> r.getCell(0).getText())
        .containsExactly("หัว", "อนุมัติ", "ท้าย");
    assertThat(second.getRows()).hasSize(2);
    assertThat(cell(second, 0, 0)).isEqualTo("ใช่");
  }

  @Test
  void aBlockThatEndsACellLeavesNoBlankParagraphBehind() {
    byte[] docx =
        TestDocx.create()
            .table(
                new String[] {"{{#each activities as a}}\n{{a.name}}\n{{/each}}"},
                new String[] {"{{#if owner.missing}}\nไม่ควรเห็น\n{{/if}}"})
            .bytes();

    XWPFTable table = render(docx, REPORT).getTables().getFirst();

    assertThat(table.getRow(0).getCell(0).getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly("อบรมครู", "จัดซื้อหนังสือ", "นิเทศ");
    assertThat(table.getRow(1).getCell(0).getParagraphs())
        .as("a cell whose block rendered nothing still ends with one paragraph")
        .extracting(XWPFParagraph::getText)
        .containsExactly("");
  }

  @Test
  void dropsATableWhoseRowsAllRepeatWhenNoRowIsRendered() {
    Tbl outer = TestDocx.tbl(new String[] {"{{#each groups as g}}{{g.name}}", "x"});
    TestDocx.cell(outer, 0, 0)
        .getContent()
        .add(TestDocx.tbl(new String[] {"{{#each g.items as i}}{{i}}", "{{/each}}"}));
    TestDocx.cell(outer, 0, 0).getContent().add(TestDocx.paragraph("{{/each}}"));
    TestDocx.cell(outer, 0, 1)
        .getContent()
        .add(TestDocx.tbl(new String[] {"{{#each g.items as i}}{{i}}\n{{/each}}"}));
    byte[] docx =
        TestDocx.create()
            .p("ก่อน")
            .table(
                new String[] {"{{#each activities as a}}{{a.name}}", "{{a.spent}}{{/each}}"},
                new String[] {"{{#if approved}}อนุมัติ", "{{/if}}"})
            .p("กลาง")
            .add(outer)
            .p("หลัง")
            .bytes();
    Template t = engine.compile("t", docx, Vocabulary.ANY);
    Map<String, Object> empty =
        Map.of(
            "activities", List.of(),
            "approved", false,
            "groups", List.of(Map.of("name", "ก", "items", List.of())));
    Map<String, Object> full =
        Map.of(
            "activities", List.of(Map.of("name", "x", "spent", 1)),
            "approved", true,
            "groups", List.of(Map.of("name", "ก", "items", List.of("ก1"))));

    byte[] none = t.render(RenderModel.of(empty), TH);
    XWPFDocument some = TestDocx.read(t.render(RenderModel.of(full), TH));

    String xml = TestDocx.entry(none, "word/document.xml");
    XWPFDocument doc = TestDocx.read(none);
    assertThat(doc.getTables()).hasSize(1);
    XWPFTableCell groupCell = doc.getTables().getFirst().getRow(0).getCell(0);
    XWPFTableCell lastCell = doc.getTables().getFirst().getRow(0).getCell(1);
    assertThat(groupCell.getTables()).isEmpty();
    assertThat(groupCell.getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly("ก", "");
    assertThat(lastCell.getTables()).isEmpty();
    assertThat(lastCell.getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly("x", "");
    assertThat(xml).doesNotContain("</w:tblGrid></w:tbl>").doesNotContain("</w:tbl></w:tc>");
    assertThat(paragraphs(doc)).containsExactly("ก่อน", "กลาง", "หลัง");
    assertThat(some.getTables()).hasSize(2);
    assertThat(some.getTables().getFirst().getRows()).hasSize(2);
    XWPFTableCell fullCell = some.getTables().get(1).getRow(0).getCell(0);
    assertThat(fullCell.getTables().getFirst().getText()).contains("ก1");
    assertThat(some.getTables().get(1).getRow(0).getCell(1).getTables()).hasSize(1);
  }

  @Test
  void keepsTheTagParagraphThatEndsACellAfterANestedTable() {
    Tbl table = TestDocx.tbl(new String[] {"{{#each activities as a}}{{a.name}}"});
    TestDocx.cell(table, 0, 0).getContent().add(TestDocx.tbl(new String[] {"ใน"}));
    TestDocx.cell(table, 0, 0).getContent().add(TestDocx.paragraph("{{/each}}"));
    byte[] docx = TestDocx.create().add(table).bytes();

    byte[] out = engine.compile("t", docx, Vocabulary.ANY).render(RenderModel.of(REPORT), TH);

    assertThat(TestDocx.entry(out, "word/document.xml")).doesNotContain("</w:tbl></w:tc>");
    XWPFTable rendered = TestDocx.read(out).getTables().getFirst();
    assertThat(rendered.getRows()).hasSize(3);
    assertThat(rendered.getRow(2).getCell(0).getParagraphs())
        .extracting(XWPFParagraph::getText)
        .containsExactly("นิเทศ", "");
  }

  @Test
  void keepsSectionBreaksOfBlockTagParagraphsOutsideTheBlock() {
    byte[] docx =
        TestDocx.create()
            .p("ก่อน")
            .sectionEnd("{{#each activities as a}}")
            .p("{{a.name}}")
            .sectionEnd("{{/each}}")
            .p("หลัง")
            .bytes();
    Template t = engine.compile("t", docx, Vocabulary.ANY);

    XWPFDocument full = TestDocx.read(t.render(RenderModel.of(REPORT), TH));
    XWPFDocument empty =
        TestDocx.read(t.render(RenderModel.of(Map.of("activities", List.of())), TH));

    assertThat(full.getParagraphs())
        .extracting(TemplateEngineTests::textOrSectionEnd)
        .containsExactly("ก่อน", "§", "อบรมครู", "จัดซื้อหนังสือ", "นิเทศ", "§", "หลัง");
    assertThat(empty.getParagraphs())
        .extracting(TemplateEngineTests::textOrSectionEnd)
        .containsExactly("ก่อน", "§", "§", "หลัง");
    assertThat(full.getParagraphs().get(1).getCTP().getPPr().getSectPr().getPgSz().getOrient())
        .hasToString("landscape");
  }

  /** The paragraph's text, {@code §} added when it ends a section. */
  private static String textOrSectionEnd(XWPFParagraph p) {
    boolean ends = p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr();
    return p.getText() + (ends ? "§" : "");
  }

  @Test
  void fillsTagsInTrackedInsertionsHyperlinksSmartTagsAndContentControls() {
    byte[] docx =
        TestDocx.of(
            "ins {{projectName}}",
            "{{owner.name}}",
            "{{total | baht}}",
            "{{date | thaiDate}}",
            "{{#if approved}}อนุมัติ{{else}}ไม่{{/if}}");
    docx = wrapRun(docx, "ins {{projectName}}", "<w:ins w:id=\"1\" w:author=\"ก\">", "</w:ins>");
    docx = wrapRun(docx, "{{owner.name}}", "<w:hyperlink w:anchor=\"top\">", "</w:hyperlink>");
    docx =
        wrapRun(
            docx,
            "{{total | baht}}",
            "<w:smartTag w:uri=\"urn:t\" w:element=\"x\">",
            "</w:smartTag>");
    docx = wrapRun(docx, "{{date | thaiDate}}", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>");
    docx =
        wrapRun(
            docx,
            "{{#if approved}}อนุมัติ{{else}}ไม่{{/if}}",
            "<w:hyperlink w:anchor=\"top\">",
            "</w:hyperlink>");

    byte[] out = engine.compile("t", docx, Vocabulary.ANY).render(RenderModel.of(REPORT), TH);

    String xml = TestDocx.entry(out, "word/document.xml");
    assertThat(xml)
        .doesNotContain("{{")
        .contains("โครงการอ่านออกเขียนได้", "สมชาย ใจดี", "17,500.50", "30 กันยายน 2569")
        .contains("อนุมัติ</w:t>")
        .doesNotContain(">ไม่<")
        .contains("<w:ins ", "<w:hyperlink ", "<w:smartTag ", "<w:sdtContent>");
  }

  /** Puts the run holding exactly {@code text} inside the given start and end tags. */
  static byte[] wrapRun(byte[] docx, String text, String start, String end) {
    String run = "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    return TestDocx.withEntry(
        docx,
        "word/document.xml",
        xml -> {
          assertThat(xml).contains(run);
          return xml.replace(run, start + run + end);
        });
  }

  @Test
  void convertsDigitsOfValuesAndOfTheTemplatesTextOnlyWhenAskedTo() {
    byte[] docx =
        TestDocx.create()
            .p("ปี 2569 งบ {{total | baht}}")
            .table(new String[] {"ข้อ 1", "{{total | bahtWhole}}"})
            .bytes();

    XWPFDocument thai = render(docx, REPORT, new RenderOptions(Lang.TH, Numerals.THAI, null));
    XWPFDocument mixed =
        render(docx, REPORT, new RenderOptions(Lang.TH, Numerals.THAI_TEXT_ARABIC_TABLES, null));
    XWPFDocument arabic = render(docx, REPORT, TH);

    assertThat(paragraphs(thai).getFirst()).isEqualTo("ปี ๒๕๖๙ งบ ๑๗,๕๐๐.๕๐");
    assertThat(cell(thai.getTables().getFirst(), 0, 0)).isEqualTo("ข้อ ๑");
    assertThat(cell(thai.getTables().getFirst(), 0, 1)).isEqualTo("๑๗,๕๐๑");
    assertThat(paragraphs(mixed).getFirst()).isEqualTo("ปี ๒๕๖๙ งบ ๑๗,๕๐๐.๕๐");
    assertThat(cell(mixed.getTables().getFirst(), 0, 1)).isEqualTo("17,501");
    assertThat(cell(mixed.getTables().getFirst(), 0, 0)).isEqualTo("ข้อ 1");
    assertThat(paragraphs(arabic).getFirst()).isEqualTo("ปี 2569 งบ 17,500.50");
  }

  @Test
  void printsDefaultDisplaysAndChainedFormatters() {
    Map<String, Object> root = new java.util.HashMap<>();
    root.put("date", LocalDate.of(2026, 9, 30));
    root.put("flag", true);
    root.put("status", Status.PENDING);
    root.put("amount", new BigDecimal("1500.50"));
    root.put("blank", "");
    root.put("none", null);
    byte[] docx =
        TestDocx.of(
            "{{date}}|{{flag}}|{{status}}|{{amount}}|{{none}}",
            "{{amount | baht | thaiDigits}}|{{blank | or:\"–\"}}|{{none | or:'ไม่มี'}}");

    assertThat(paragraphs(render(docx, root)))
        .containsExactly("30 กันยายน 2569|ใช่|ยังไม่ดำเนินการ|1500.50|", "๑,๕๐๐.๕๐|–|ไม่มี");
    assertThat(paragraphs(render(docx, root, TH.withLang(Lang.EN))).getFirst())
        .isEqualTo("30 กันยายน 2569|Yes|Pending|1500.50|");
  }

  @Test
  void returnsTheCachedTemplateForEqualBytes() {
    byte[] docx = TestDocx.of("{{projectName}}");

    Template first = engine.compile("a", docx, Vocabulary.ANY);
    Template second = engine.compile("a", docx.clone(), Vocabulary.ANY);
    Template other = engine.compile("a", TestDocx.of("{{owner.name}}"), Vocabulary.ANY);

    assertThat(second).isSameAs(first);
    assertThat(other).isNotSameAs(first);
  }

  @Test
  void reportsThePathsItUsesFromTheRoot() {
    byte[] docx =
        TestDocx.of("{{projectName}}", "{{#each activities as a}}{{a.spent}}{{@number}}{{/each}}");

    assertThat(engine.compile("t", docx, Vocabulary.ANY).paths())
        .containsExactlyInAnyOrder("projectName", "activities", "activities.spent");
  }

  @Test
  void rendersManyTimesFromOneCompiledTemplate() {
    Template t = engine.compile("t", TestDocx.of("{{projectName}}"), Vocabulary.ANY);

    String a =
        paragraphs(TestDocx.read(t.render(RenderModel.of(Map.of("projectName", "หนึ่ง")), TH)))
            .getFirst();
    String b =
        paragraphs(TestDocx.read(t.render(RenderModel.of(Map.of("projectName", "สอง")), TH)))
            .getFirst();

    assertThat(List.of(a, b)).containsExactly("หนึ่ง", "สอง");
  }
}
