package org.tidtam.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine used alone: any template, any JSON data, no form. */
class StandaloneEngineTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final RenderOptions TH =
      new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));

  private static final String DATA =
      """
      {"title": "รายงาน", "date": "2026-03-01", "budget": 1500.5, "done": true,
       "rows": [{"name": "ก", "amount": 10}, {"name": "ข", "amount": 2.5, "note": "หมายเหตุ"}],
       "owner": {"name": "สมศรี"}, "missing": null}
      """;

  private static JsonNode data() {
    return JSON.readTree(DATA);
  }

  private static byte[] template() {
    return TestDocx.create()
        .p("{{title}} {{date | thaiDate}} {{budget | baht}} {{done | yesNo}} {{owner.name}}")
        .table(
            new String[] {"{{#each rows as r}}{{@number}}", "{{r.name}}", "{{r.amount | decimal}}"},
            new String[] {"{{/each}}", "", ""})
        .p("{{#each rows as r}}{{r.note | or:\"-\"}};{{/each}}")
        .bytes();
  }

  private static String text(byte[] docx) {
    try (var doc = TestDocx.read(docx);
        var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
      return extractor.getText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rendersAnyTemplateWithJsonDataCheckedAgainstItsShape() {
    TemplateEngine engine = TemplateEngine.create();
    Template t = engine.compile("t.docx", template(), Vocabulary.ofJson(data()));

    String text = text(t.render(RenderModel.ofJson(data()), TH));

    assertThat(text)
        .contains("รายงาน 1 มีนาคม 2569 1,500.50 ใช่ สมศรี")
        .contains("ก\t10.00", "ข\t2.50")
        .contains("-;หมายเหตุ;");
  }

  @Test
  void derivesTheShapeOfJsonMergingTheElementsOfArrays() {
    Vocabulary v = Vocabulary.ofJson(data());

    assertThat(v)
        .isInstanceOfSatisfying(
            Vocabulary.Members.class,
            m -> {
              assertThat(m.members().get("date"))
                  .isEqualTo(new Vocabulary.Value(Vocabulary.ValueType.DATE));
              assertThat(m.members().get("missing")).isEqualTo(Vocabulary.ANY);
              assertThat(m.members().get("rows"))
                  .isEqualTo(
                      new Vocabulary.ListOf(
                          new Vocabulary.Members(
                              java.util.Map.of(
                                  "name", new Vocabulary.Value(Vocabulary.ValueType.TEXT),
                                  "amount", new Vocabulary.Value(Vocabulary.ValueType.DECIMAL),
                                  "note", new Vocabulary.Value(Vocabulary.ValueType.TEXT)))));
            });
  }

  @Test
  void lintsATemplateAgainstJsonDataOrAlone() {
    TemplateEngine engine = TemplateEngine.create();
    byte[] docx = TestDocx.of("{{title}} {{titel}} {{rows.name}}", "{{#each owner as o}}{{/each}}");

    List<TemplateProblem> withData = engine.lint("t.docx", docx, Vocabulary.ofJson(data()));
    List<TemplateProblem> alone = engine.lint("t.docx", docx, Vocabulary.any());

    assertThat(withData)
        .extracting(p -> p.message().in(Lang.EN))
        .anySatisfy(m -> assertThat(m).contains("unknown path 'titel'"))
        .anySatisfy(m -> assertThat(m).contains("'rows.name'"))
        .anySatisfy(m -> assertThat(m).contains("{{#each}} needs a list; 'owner'"));
    assertThat(alone).isEmpty();
    assertThat(engine.lint("t.docx", TestDocx.of("{{#if x}}"), Vocabulary.any()))
        .extracting(p -> p.message().in(Lang.EN))
        .anySatisfy(m -> assertThat(m).contains("never closed"));
  }

  @Test
  void rendersWithoutLintingWhatTheDataLacksAsBlank() {
    Template t =
        TemplateEngine.create().compile("t.docx", TestDocx.of("[{{nothere.deep}}]{{title}}"));

    assertThat(text(t.render(RenderModel.ofJson(data()), TH))).contains("[]รายงาน");
  }

  @Test
  void refusesJsonDataThatIsNoObject() {
    assertThatThrownBy(() -> RenderModel.ofJson(JSON.readTree("[1, 2]")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usesAFormatterRegisteredInTheOptionsAndKnowsItsName() {
    Formatter zeroPad =
        (v, arg, c) -> v == null ? null : String.format("%0" + arg + "d", ((Number) v).longValue());
    byte[] docx = TestDocx.of("เลขที่ {{code | zeroPad:\"6\"}}");
    TemplateEngine plain = TemplateEngine.create();
    TemplateEngine custom =
        TemplateEngine.create(EngineOptions.defaults().withFormatter("zeroPad", zeroPad));

    assertThat(plain.lint("t.docx", docx, Vocabulary.any()))
        .extracting(p -> p.message().in(Lang.EN))
        .anySatisfy(m -> assertThat(m).contains("unknown formatter 'zeroPad'"));
    byte[] out =
        custom
            .compile("t.docx", docx, Vocabulary.any())
            .render(RenderModel.ofJson(JSON.readTree("{\"code\": 42}")), TH);
    assertThat(text(out)).contains("เลขที่ 000042");
  }

  @Test
  void endsTheRenderWithAProblemNamingTheTagWhenAFormatterOfItsOwnThrows() {
    Formatter zeroPad = (v, arg, c) -> String.format("%0" + arg + "d", ((Number) v).longValue());
    byte[] docx =
        TestDocx.create()
            .p("ที่")
            .table(new String[] {"เลขที่", "{{code | zeroPad:\"6\" | thaiDigits}}"})
            .bytes();
    Template template =
        TemplateEngine.create(EngineOptions.defaults().withFormatter("zeroPad", zeroPad))
            .compile("letter.docx", docx, Vocabulary.any());
    RenderModel text = RenderModel.ofJson(JSON.readTree("{\"code\": \"A-17\"}"));

    assertThatThrownBy(() -> template.render(text, TH))
        .isInstanceOfSatisfying(
            TemplateException.class,
            e -> {
              assertThat(e.getCause()).isInstanceOf(ClassCastException.class);
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(p -> assertThat(p.part()).isEqualTo("word/document.xml"));
              assertThat(e.text(Lang.EN))
                  .contains(
                      "letter.docx",
                      "word/document.xml",
                      "table 1, row 1, cell 2",
                      "formatter 'zeroPad' of {{code | zeroPad:\"6\" | thaiDigits}} failed:"
                          + " ClassCastException");
              assertThat(e.text(Lang.TH)).contains("ตัวจัดรูปแบบ 'zeroPad'");
            });
    byte[] out = template.render(RenderModel.ofJson(JSON.readTree("{\"code\": 42}")), TH);
    assertThat(text(out)).contains("๐๐๐๐๔๒");
  }

  @Test
  void refusesANegativeCacheSizeAndAnInvalidFormatterName() {
    assertThatThrownBy(() -> EngineOptions.defaults().withCacheSize(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EngineOptions.defaults().withFormatter("a b", (v, a, c) -> v))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsNoMoreCompiledTemplatesThanItsCacheSize() {
    TemplateEngine none = TemplateEngine.create(EngineOptions.defaults().withCacheSize(0));
    byte[] docx = TestDocx.of("{{title}}");

    none.compile("t.docx", docx);

    assertThat(none.isCached(docx, Vocabulary.any())).isFalse();
    TemplateEngine some = TemplateEngine.create();
    some.compile("t.docx", docx);
    assertThat(some.isCached(docx, Vocabulary.any())).isTrue();
  }
}
