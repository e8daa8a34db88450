package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.testkit.RandomValues;

class BahtTextTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | ศูนย์บาทถ้วน",
        "1 | หนึ่งบาทถ้วน",
        "10 | สิบบาทถ้วน",
        "11 | สิบเอ็ดบาทถ้วน",
        "20 | ยี่สิบบาทถ้วน",
        "21 | ยี่สิบเอ็ดบาทถ้วน",
        "101 | หนึ่งร้อยเอ็ดบาทถ้วน",
        "110 | หนึ่งร้อยสิบบาทถ้วน",
        "222 | สองร้อยยี่สิบสองบาทถ้วน",
        "1000 | หนึ่งพันบาทถ้วน",
        "150000 | หนึ่งแสนห้าหมื่นบาทถ้วน",
        "1000000 | หนึ่งล้านบาทถ้วน",
        "1000001 | หนึ่งล้านเอ็ดบาทถ้วน",
        "1000010 | หนึ่งล้านสิบบาทถ้วน",
        "11000000 | สิบเอ็ดล้านบาทถ้วน",
        "21000021 | ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน",
        "101000000 | หนึ่งร้อยเอ็ดล้านบาทถ้วน",
        "1000000000000 | หนึ่งล้านล้านบาทถ้วน",
        "2000005000000 | สองล้านห้าล้านบาทถ้วน",
        "2000001000000 | สองล้านเอ็ดล้านบาทถ้วน",
        "123456789012345.67 | หนึ่งร้อยยี่สิบสามล้านสี่แสนห้าหมื่นหกพันเจ็ดร้อยแปดสิบเก้าล้านหนึ่งหมื่นสองพันสามร้อยสี่สิบห้าบาทหกสิบเจ็ดสตางค์",
        "150000.50 | หนึ่งแสนห้าหมื่นบาทห้าสิบสตางค์",
        "2500000.75 | สองล้านห้าแสนบาทเจ็ดสิบห้าสตางค์",
        "0.25 | ยี่สิบห้าสตางค์",
        "0.01 | หนึ่งสตางค์",
        "0.11 | สิบเอ็ดสตางค์",
        "1.01 | หนึ่งบาทหนึ่งสตางค์",
        "-21 | ลบยี่สิบเอ็ดบาทถ้วน",
        "-0.50 | ลบห้าสิบสตางค์",
      })
  void writesAmountsInThaiWords(BigDecimal amount, String expected) {
    assertThat(BahtText.of(amount)).isEqualTo(expected);
  }

  @Test
  void roundsTheThirdDecimalHalfUp() {
    assertThat(BahtText.of(new BigDecimal("10.125"))).isEqualTo("สิบบาทสิบสามสตางค์");
    assertThat(BahtText.of(new BigDecimal("10.124"))).isEqualTo("สิบบาทสิบสองสตางค์");
    assertThat(BahtText.of(new BigDecimal("0.995"))).isEqualTo("หนึ่งบาทถ้วน");
    assertThat(BahtText.of(new BigDecimal("0.004"))).isEqualTo("ศูนย์บาทถ้วน");
    assertThat(BahtText.of(new BigDecimal("-0.004"))).isEqualTo("ศูนย์บาทถ้วน");
  }

  private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

  static LongStream seeds() {
    return RandomValues.seeds(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isNeverEmptyAndEndsWithถ้วนOrสตางค์(long seed) {
    RandomValues random = RandomValues.of(seed);
    BigDecimal amount = random.decimal(LIMIT.negate(), LIMIT, random.between(0, 3));
    assertIsWordsOfAnAmount(amount, "seed " + seed + ": " + amount);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "-1000000000000000.000",
        "1000000000000000.000",
        "999999999999999.999",
        "-999999999999999.999",
        "0",
        "0.000",
        "0.001",
        "-0.001",
        "0.004",
        "-0.004",
        "0.005",
        "-0.005",
        "0.995",
        "-0.995",
        "1000000",
        "-1000000.001",
        "1000000000000",
      })
  void isNeverEmptyAndEndsWithถ้วนOrสตางค์AtTheEdges(BigDecimal amount) {
    assertIsWordsOfAnAmount(amount, amount.toPlainString());
  }

  private static void assertIsWordsOfAnAmount(BigDecimal amount, String description) {
    String text = BahtText.of(amount);
    assertThat(text)
        .as(description)
        .isNotBlank()
        .containsPattern("(ถ้วน|สตางค์)$")
        .doesNotContain("ศูนย์ล้าน");
    assertThat(text.startsWith("ลบ"))
        .as(description)
        .isEqualTo(amount.setScale(2, RoundingMode.HALF_UP).signum() < 0);
  }
}
