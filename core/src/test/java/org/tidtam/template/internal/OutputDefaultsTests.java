package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TestDocx;
import org.tidtam.template.Vocabulary;
import org.tidtam.testkit.LibreOffice;

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

  private static final String SERIF_11 =
      "<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\""
          + " w:cs=\"Liberation Serif\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
          + "<w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>";

  /** A foreign letter: its own default font and size, about three pages of text and one tag. */
  private static byte[] serifLetter() {
    TestDocx d = TestDocx.create().p("Dear {{v}},");
    String sentence =
        "The committee met on the first Monday of the month and reviewed every project of the"
            + " district office, its budget, what was spent and what remains to be done. ";
    for (int i = 1; i <= 30; i++) {
      d.p(i + ". " + sentence.repeat(2));
    }
    return TestDocx.withEntry(
        d.bytes(),
        "word/styles.xml",
        xml -> xml.replaceFirst("(?s)<w:rPrDefault>.*?</w:rPrDefault>", SERIF_11));
  }

  @Test
  void aForeignTemplateWithItsOwnFontKeepsItsPageCount(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice and pdftotext are not installed");
    byte[] letter = serifLetter();

    int before =
        LibreOffice.pageCount(
            LibreOffice.toPdf(
                TestDocx.withEntry(letter, "word/document.xml", xml -> xml.replace("{{v}}", "ค่า")),
                Files.createDirectories(dir.resolve("template"))));
    byte[] kept = render(EngineOptions.defaults(), letter);
    int after =
        LibreOffice.pageCount(
            LibreOffice.toPdf(kept, Files.createDirectories(dir.resolve("kept"))));
    byte[] forced = render(EngineOptions.defaults().withForcedDefaults(true), letter);

    assertThat(before).as("the letter is about three pages").isBetween(2, 5);
    assertThat(after).isEqualTo(before);
    assertThat(defaults(kept)).contains("Liberation Serif", "<w:sz w:val=\"22\"/>");
    assertThat(defaults(forced))
        .contains("w:ascii=\"TH SarabunPSK\"", "<w:sz w:val=\"32\"/>")
        .doesNotContain("Liberation Serif");
  }
}
