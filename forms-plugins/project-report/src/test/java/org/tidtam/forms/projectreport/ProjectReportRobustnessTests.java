package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Whatever text a reporter types (control characters, emoji, lone surrogates, placeholder-like
 * braces, very long Thai) the rendered form 7.2 is still a document that an independent reader
 * opens.
 */
class ProjectReportRobustnessTests {
  private static final ProjectReport SAMPLE = Forms72.sample();

  @Property(tries = 60)
  void anyTextInEveryStringFieldGivesADocumentPoiOpens(@ForAll("nastyText") String text)
      throws IOException {
    byte[] docx = RenderedDocx.HARNESS.render(TextEverywhere.fill(SAMPLE, text));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(doc.getTables()).hasSizeGreaterThan(5);
      assertThat(extractor.getText()).contains("แบบรายงานผลการดำเนินงานโครงการ");
    }
  }

  @Property(tries = 20)
  void longThaiTextIsPrintedInItsCanonicalForm(@ForAll("longThai") String thai) throws IOException {
    byte[] docx = RenderedDocx.HARNESS.render(TextEverywhere.fill(SAMPLE, thai));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables().getFirst().getRow(0).getCell(1).getText())
          .isEqualTo(Normalizer.normalize(thai, Normalizer.Form.NFC));
    }
  }

  @Provide
  Arbitrary<String> nastyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(6),
        longThai(),
        Arbitraries.of(
            "😀👍🏽🇹🇭 ผลงาน",
            "\uD83D",
            "\uDE00x",
            "a\u200Bb\uFEFF",
            "{{projectName}} {{#each activities as a}}",
            "}}{{",
            "<w:t>&amp;</w:t>]]>",
            "บรรทัด 1\nบรรทัด 2\tแท็บ\r\n",
            "\u0000\u0001\u000B\u000C\uFFFE\uFFFF",
            "",
            " "));
  }

  @Provide
  Arbitrary<String> longThai() {
    return Arbitraries.strings()
        .withCharRange('\u0E01', '\u0E3A')
        .withCharRange('\u0E40', '\u0E5B')
        .withChars(' ')
        .ofMinLength(200)
        .ofMaxLength(3000)
        .filter(s -> !s.isBlank() && s.equals(s.strip()) && !s.contains("  "));
  }
}
