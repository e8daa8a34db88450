package org.tidtam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.thai.PhoneNumbers;

class ThaiPhoneTests {

  private static final Pattern JAVA = Pattern.compile(PhoneNumbers.REGEX);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "075-611-234",
        "075611234",
        "075 611 234",
        "0-7561-1234",
        "081-234-5678",
        "0812345678",
        "081 234 5678",
        "08-1234-5678",
        "075-611-234 ต่อ 12",
        "075-611-234ต่อ12",
        "02-288-5555 ext. 1203",
        "0812345678 #7",
        "  081-234-5678  ",
        "",
        "   "
      })
  void acceptsTheWaysTheOfficeWritesPhoneNumbers(String phone) {
    assertThat(JAVA.matcher(phone).matches()).as(phone).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "81-234-5678",
        "081-234-567",
        "081-234-56789",
        "081--234-5678",
        "โทร 081-234-5678",
        "075-611-234 ต่อ",
        "0812345678 / 075611234"
      })
  void refusesWhatIsNotOneThaiNumber(String phone) {
    assertThat(JAVA.matcher(phone).matches()).as(phone).isFalse();
  }
}
