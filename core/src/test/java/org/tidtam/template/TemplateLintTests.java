package org.tidtam.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;
import org.tidtam.template.Vocabulary.ListOf;
import org.tidtam.template.Vocabulary.Members;
import org.tidtam.template.Vocabulary.Value;
import org.tidtam.template.Vocabulary.ValueType;

class TemplateLintTests {

  static final Vocabulary VOCABULARY =
      new Members(
          Map.of(
              "projectName", new Value(ValueType.TEXT),
              "approved", new Value(ValueType.BOOLEAN),
              "owner", new Members(Map.of("name", new Value(ValueType.TEXT))),
              "activities",
                  new ListOf(
                      new Members(
                          Map.of(
                              "name", new Value(ValueType.TEXT),
                              "spent", new Value(ValueType.DECIMAL)))),
              "photo", new Vocabulary.ImageValue()));

  private final TemplateEngine engine = TemplateEngine.create();

  @Test
  void reportsEveryProblemOfEveryPartWithItsLocation() {
    byte[] docx =
        TestDocx.create()
            .p("ชื่อ {{project¦Nme}}")
            .p("{{#each owner as o}}{{o.name}}{{/each}}")
            .p("{{projectName | bahtt}}")
            .p("ว่าง {{ }}")
            .p("{{#each activities}}")
            .p("{{#if approved}}x{{/each}}")
            .p("ค้าง {{projectName")
            .table(new String[] {"หัว"}, new String[] {"{{#each activities as a}}{{a.nme}}"})
            .header("{{/if}}")
            .footer("{{%image projectName}}")
            .bytes();

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("lint", docx, VOCABULARY));

    assertThat(e.problems())
        .extracting(TemplateProblem::part, p -> p.location().in(Lang.EN))
        .containsExactlyInAnyOrder(
            tuple("word/document.xml", "\"ชื่อ {{projectNme}}\""),
            tuple("word/document.xml", "\"{{#each owner as o}}{{o.name}}{{/each}}\""),
            tuple("word/document.xml", "\"{{projectName | bahtt}}\""),
            tuple("word/document.xml", "\"ว่าง {{ }}\""),
            tuple("word/document.xml", "\"{{#each activities}}\""),
            tuple("word/document.xml", "\"{{#if approved}}x{{/each}}\""),
            tuple("word/document.xml", "\"ค้าง {{projectName\""),
            tuple(
                "word/document.xml",
                "table 1, row 2, cell 1 \"{{#each activities as a}}{{a.nme}}\""),
            tuple(
                "word/document.xml",
                "table 1, row 2, cell 1 \"{{#each activities as a}}{{a.nme}}\""),
            tuple("word/header.xml", "\"{{/if}}\""),
            tuple("word/footer.xml", "\"{{%image projectName}}\""));
    assertThat(e.problems())
        .extracting(p -> p.message().in(Lang.EN))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("unknown path 'projectNme'")
                    .contains("known: activities, approved"))
        .anySatisfy(m -> assertThat(m).contains("{{#each}} needs a list"))
        .anySatisfy(m -> assertThat(m).contains("unknown formatter 'bahtt'"))
        .anySatisfy(m -> assertThat(m).contains("empty tag"))
        .anySatisfy(m -> assertThat(m).contains("write {{#each list as name}}"))
        .anySatisfy(m -> assertThat(m).contains("mismatched closing tag"))
        .anySatisfy(m -> assertThat(m).contains("tag not closed"))
        .anySatisfy(m -> assertThat(m).contains("unknown path 'a.nme'"))
        .anySatisfy(m -> assertThat(m).contains("block is never closed"))
        .anySatisfy(m -> assertThat(m).contains("closing tag without an opening tag"))
        .anySatisfy(m -> assertThat(m).contains("{{%image}} needs an image"));
    assertThat(e.getMessage()).contains("11 problem(s)");
  }

  @Test
  void rejectsTagsThatAreNeitherInOneParagraphNorInOnePlaceNorInOneTable() {
    byte[] docx =
        TestDocx.create()
            .p("{{#each activities as a}} ก")
            .table(new String[] {"{{/each}}"})
            .bytes();

    TemplateException e =
        catchThrowableOfType(TemplateException.class, () -> engine.compile("t", docx, VOCABULARY));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message().in(Lang.EN)).contains("must share a paragraph"));
  }

  @Test
  void reportsASectionBreakOnAnElseParagraph() {
    byte[] docx =
        TestDocx.create()
            .p("{{#if approved}}")
            .p("ใช่")
            .sectionEnd("{{else}}")
            .p("ไม่")
            .p("{{/if}}")
            .bytes();

    TemplateException e =
        catchThrowableOfType(TemplateException.class, () -> engine.compile("t", docx, VOCABULARY));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.location().in(Lang.EN)).isEqualTo("\"{{else}}\""))
        .satisfies(p -> assertThat(p.message().in(Lang.EN)).contains("move the section break out"));
  }

  @Test
  void reportsTagsInTextBoxesAndFieldsAndInlineBlocksSplitByAHyperlink() {
    byte[] docx = TestDocx.of("ก่อน TEXTBOX", "FIELD", "{{#if approved}}", "x{{/if}}");
    docx =
        TestDocx.withEntry(
            docx,
            "word/document.xml",
            xml ->
                xml.replace(
                        "<w:t xml:space=\"preserve\">ก่อน TEXTBOX</w:t></w:r>",
                        "<w:t xml:space=\"preserve\">ก่อน</w:t></w:r><w:r><w:pict><v:shape"
                            + " style=\"width:90pt;height:40pt\"><v:textbox><w:txbxContent><w:p>"
                            + "<w:r><w:t>ชื่อ {{projectName}}</w:t></w:r></w:p></w:txbxContent>"
                            + "</v:textbox></v:shape></w:pict></w:r>")
                    .replace(
                        "<w:r><w:t xml:space=\"preserve\">FIELD</w:t></w:r>",
                        "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>{{owner.name}}</w:t></w:r>"
                            + "</w:fldSimple>")
                    .replace(
                        "<w:r><w:t xml:space=\"preserve\">{{#if approved}}</w:t></w:r></w:p><w:p>",
                        "<w:hyperlink w:anchor=\"top\"><w:r><w:t>{{#if approved}}</w:t></w:r>"
                            + "</w:hyperlink>"));
    byte[] template = docx;

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("t", template, VOCABULARY));

    assertThat(e.problems())
        .extracting(TemplateProblem::part, p -> p.location().in(Lang.EN))
        .containsExactlyInAnyOrder(
            tuple("word/document.xml", "\"{{owner.name}}\""),
            tuple("word/document.xml", "\"{{#if approved}}x{{/if}}\""));
    assertThat(e.problems())
        .extracting(p -> p.message().in(Lang.EN))
        .anySatisfy(m -> assertThat(m).contains("out of the field or drawing"))
        .anySatisfy(m -> assertThat(m).contains("all outside, the same hyperlink"));
    byte[] onlyField =
        TestDocx.withEntry(
            TestDocx.of("{{projectName}}", "FIELD"),
            "word/document.xml",
            xml ->
                xml.replace(
                    "<w:r><w:t xml:space=\"preserve\">FIELD</w:t></w:r>",
                    "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>{{owner.name}}</w:t></w:r>"
                        + "</w:fldSimple>"));
    assertThat(
            catchThrowableOfType(
                    TemplateException.class, () -> engine.compile("t", onlyField, VOCABULARY))
                .problems())
        .extracting(p -> p.location().in(Lang.EN))
        .containsExactly("\"{{owner.name}}\"");
  }

  @Test
  void reportsNumberOutsideALoopAndValuesThatAreListsOrImages() {
    byte[] docx = TestDocx.of("{{@number}}", "{{activities}}", "{{photo}}");

    TemplateException e =
        catchThrowableOfType(TemplateException.class, () -> engine.compile("t", docx, VOCABULARY));

    assertThat(e.problems())
        .extracting(p -> p.message().in(Lang.EN))
        .satisfiesExactly(
            m -> assertThat(m).contains("@number is only defined inside #each"),
            m -> assertThat(m).contains("is a list"),
            m -> assertThat(m).contains("is an image"));
  }

  @Test
  void acceptsRowLoopTagsAfterTheFirstCellOfTheirRow() {
    byte[] docx =
        TestDocx.create()
            .table(
                new String[] {
                  "{{@number}}",
                  "{{#each activities as a}}{{a.name}}",
                  "{{a.spent | baht}}{{/each}}"
                })
            .p("{{%image photo width=5cm}} ")
            .bytes();

    Template t = engine.compile("t", docx, VOCABULARY);

    assertThat(t.paths())
        .containsExactlyInAnyOrder("activities", "activities.name", "activities.spent", "photo");
  }

  @Test
  void showsEveryProblemInThaiOrInEnglish() {
    byte[] docx =
        TestDocx.create()
            .p("{{#if approved}}x{{/each}}")
            .table(new String[] {"หัว"}, new String[] {"{{a.nme}}"})
            .bytes();

    TemplateException e =
        catchThrowableOfType(
            TemplateException.class, () -> engine.compile("lint.docx", docx, VOCABULARY));

    assertThat(e.problems())
        .extracting(p -> p.location().in(Lang.TH))
        .contains("ตารางที่ 1 แถวที่ 2 ช่องที่ 1 \"{{a.nme}}\"");
    assertThat(e.problems())
        .extracting(p -> p.message().in(Lang.TH))
        .contains(
            "{{/each}} ไม่ตรงกับแท็กเปิด {{#if}} ที่ \"{{#if approved}}x{{/each}}\" (ต้องเป็น {{/if}})",
            "ไม่รู้จักข้อมูล 'a.nme' (ไม่มี 'a'; ข้อมูลที่มี: activities, approved, owner, photo,"
                + " projectName)");
    assertThat(e.text(Lang.TH))
        .startsWith("แม่แบบ lint.docx มีปัญหา " + e.problems().size() + " รายการ:\n")
        .contains(
            "\n  - word/document.xml @ ตารางที่ 1 แถวที่ 2 ช่องที่ 1 \"{{a.nme}}\": ไม่รู้จักข้อมูล");
    assertThat(e.text(Lang.EN))
        .isEqualTo(e.getMessage())
        .startsWith("template lint.docx has " + e.problems().size() + " problem(s):\n")
        .contains(
            "\n  - word/document.xml @ table 1, row 2, cell 1 \"{{a.nme}}\": unknown path 'a.nme'")
        .doesNotContain("ตาราง", "ไม่รู้จัก", "ไม่ตรง");
    assertThat(e.problems().getFirst().toString()).isEqualTo(e.problems().getFirst().text(Lang.EN));
  }

  @Test
  void showsAnUnreadableFileWithoutAPartOrLocation() {
    TemplateException e =
        catchThrowableOfType(
            TemplateException.class,
            () -> engine.compile("broken.docx", new byte[] {1, 2, 3}, VOCABULARY));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo(TemplateProblem.NOWHERE))
        .satisfies(p -> assertThat(p.text(Lang.TH)).startsWith("อ่านไฟล์ .docx ไม่ได้ ("))
        .satisfies(p -> assertThat(p.text(Lang.EN)).startsWith("not a readable .docx ("));
  }
}
