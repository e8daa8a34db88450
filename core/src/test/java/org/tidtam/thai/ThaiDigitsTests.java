package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.testkit.RandomValues;

class ThaiDigitsTests {

  @Test
  void convertsArabicDigitsToThai() {
    assertThat(ThaiDigits.toThai("0123456789")).isEqualTo("๐๑๒๓๔๕๖๗๘๙");
    assertThat(ThaiDigits.toThai("ปีงบประมาณ 2569, ข้อ 3.1.1)"))
        .isEqualTo("ปีงบประมาณ ๒๕๖๙, ข้อ ๓.๑.๑)");
  }

  @Test
  void convertsThaiDigitsToArabic() {
    assertThat(ThaiDigits.toArabic("๐๑๒๓๔๕๖๗๘๙")).isEqualTo("0123456789");
    assertThat(ThaiDigits.toArabic("๑๕๐,๐๐๐.๐๐ บาท")).isEqualTo("150,000.00 บาท");
  }

  @Test
  void leavesOtherCharactersAlone() {
    assertThat(ThaiDigits.toThai("abc ก.ย. ½")).isEqualTo("abc ก.ย. ½");
    assertThat(ThaiDigits.toArabic("")).isEmpty();
  }

  static LongStream seeds() {
    return RandomValues.seeds(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void thaiDigitsRoundTripAnyTextWithoutThaiDigits(long seed) {
    RandomValues random = RandomValues.of(seed);
    String text =
        switch (random.between(0, 2)) {
          case 0 -> random.chars(0, 60, '\u0000', '\uFFFF');
          case 1 -> random.text(0, 60);
          default -> random.chars(0, 30, '0', '9', '\u0E50', '\u0E59', ' ', '.');
        };
    assertRoundTrips(text, "seed " + seed);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"", "0", "9", "๐", "๙", "\uD800", "\uDFFF0", "0\uFFFF", "๒๕๖๙-2569", "\u0000"})
  void thaiDigitsRoundTripAtTheEdges(String text) {
    assertRoundTrips(text, "edge case");
  }

  private static void assertRoundTrips(String text, String description) {
    String arabic = ThaiDigits.toArabic(text);
    assertThat(ThaiDigits.toArabic(ThaiDigits.toThai(arabic)))
        .as("%s: %s", description, text)
        .isEqualTo(arabic);
    assertThat(ThaiDigits.toThai(arabic))
        .as("%s: %s", description, text)
        .doesNotContainPattern("[0-9]");
  }
}
