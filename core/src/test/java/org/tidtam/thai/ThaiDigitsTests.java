package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

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

  @Property
  void thaiDigitsRoundTripAnyTextWithoutThaiDigits(@ForAll String text) {
    String arabic = ThaiDigits.toArabic(text);
    assertThat(ThaiDigits.toArabic(ThaiDigits.toThai(arabic))).isEqualTo(arabic);
    assertThat(ThaiDigits.toThai(arabic)).doesNotContainPattern("[0-9]");
  }
}
