package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.stream.LongStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.testkit.RandomValues;

/**
 * Whatever text a reporter types (control characters, emoji, lone surrogates, placeholder-like
 * braces, very long Thai) the rendered form 7.2 is still a document that an independent reader
 * opens.
 */
class ProjectReportRobustnessTests {
  private static final ProjectReport SAMPLE = Forms72.sample();

  static LongStream nastySeeds() {
    return RandomValues.seeds(60);
  }

  static LongStream longThaiSeeds() {
    return RandomValues.seeds(20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("nastySeeds")
  void anyTextInEveryStringFieldGivesADocumentPoiOpens(long seed) throws IOException {
    assertPoiOpens(nastyText(RandomValues.of(seed)), "seed " + seed);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
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
        " "
      })
  void awkwardTextInEveryStringFieldGivesADocumentPoiOpens(String text) throws IOException {
    assertPoiOpens(text, "edge case");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("longThaiSeeds")
  void longThaiTextIsPrintedInItsCanonicalForm(long seed) throws IOException {
    String thai = longThai(RandomValues.of(seed));
    byte[] docx = RenderedDocx.HARNESS.render(TextEverywhere.fill(SAMPLE, thai));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getTables().getFirst().getRow(0).getCell(1).getText())
          .as("seed %d", seed)
          .isEqualTo(Normalizer.normalize(thai, Normalizer.Form.NFC));
    }
  }

  private static void assertPoiOpens(String text, String description) throws IOException {
    byte[] docx = RenderedDocx.HARNESS.render(TextEverywhere.fill(SAMPLE, text));

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      assertThat(doc.getTables()).as(description).hasSizeGreaterThan(5);
      assertThat(extractor.getText()).as(description).contains("แบบรายงานผลการดำเนินงานโครงการ");
    }
  }

  /** Any UTF-16 chars, control characters, lone surrogates, or long Thai. */
  private static String nastyText(RandomValues random) {
    return switch (random.between(0, 3)) {
      case 0 -> random.chars(0, 60, '\u0000', '\uFFFF');
      case 1 -> random.chars(0, 20, '\u0000', '\u001F');
      case 2 -> random.chars(0, 6, '\uD800', '\uDFFF');
      default -> longThai(random);
    };
  }

  /**
   * 200 to 3000 Thai letters, vowels, marks and digits with single spaces between them, none at
   * either end.
   */
  private static String longThai(RandomValues random) {
    int length = random.between(200, 3000);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      boolean space =
          random.chance(1.0 / 87)
              && !sb.isEmpty()
              && sb.charAt(sb.length() - 1) != ' '
              && sb.length() < length - 1;
      sb.append(
          space
              ? ' '
              : random.bool()
                  ? (char) random.between(0x0E01, 0x0E3A)
                  : (char) random.between(0x0E40, 0x0E5B));
    }
    return sb.toString();
  }
}
