package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TestDocx;
import org.tidtam.template.Vocabulary;

class OutputDefaultsTests {

  private static final String ARIAL_11 =
      "<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>"
          + "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault>";

  private static byte[] arialTemplate() {
    return TestDocx.withEntry(
        TestDocx.of("{{v}}"),
        "word/styles.xml",
        xml -> xml.replaceFirst("(?s)<w:rPrDefault>.*?</w:rPrDefault>", ARIAL_11));
  }

  private static String defaults(byte[] docx) {
    String styles = TestDocx.entry(docx, "word/styles.xml");
    int from = styles.indexOf("<w:docDefaults>");
    return styles.substring(from, styles.indexOf("</w:docDefaults>") + 16);
  }

  private static byte[] render(EngineOptions options, byte[] template) {
    return TemplateEngine.create(options)
        .compile("t", template, Vocabulary.ANY)
        .render(RenderModel.of(Map.of("v", "ค่า")), RenderOptions.thai());
  }

  @Test
  void keepsTheTemplatesOwnFontAndSizeAndFillsOnlyTheLanguage() {
    String out = defaults(render(EngineOptions.defaults(), arialTemplate()));

    assertThat(out)
        .contains("w:ascii=\"Arial\"", "w:hAnsi=\"Arial\"", "<w:sz w:val=\"22\"/>")
        .contains("w:cs=\"Arial\"", "<w:szCs w:val=\"22\"/>", "w:val=\"th-TH\"")
        .doesNotContain("TH SarabunPSK", "w:val=\"32\"");
  }

  @Test
  void forcesTheThaiDefaultsWhenAsked() {
    String out =
        defaults(render(EngineOptions.defaults().withForcedDefaults(true), arialTemplate()));

    assertThat(out)
        .contains("w:ascii=\"TH SarabunPSK\"", "w:cs=\"TH SarabunPSK\"", "<w:sz w:val=\"32\"/>")
        .contains("<w:szCs w:val=\"32\"/>", "w:bidi=\"th-TH\"")
        .doesNotContain("Arial", "w:val=\"22\"");
  }

  @Test
  void givesATemplateOfThemeFontsOnlyTheThaiDefaults() {
    String out = defaults(render(EngineOptions.defaults(), TestDocx.of("{{v}}")));

    assertThat(out).contains("w:ascii=\"TH SarabunPSK\"", "<w:sz w:val=\"32\"/>", "th-TH");
  }
}
