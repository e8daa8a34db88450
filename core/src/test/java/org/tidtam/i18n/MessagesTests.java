package org.tidtam.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.thai.Round;

class MessagesTests {

  @Test
  void showsAKeyInEitherLanguageWithItsArguments() {
    Message m = Message.of("tidtam.submission.unknownField", "name", "budget");

    assertThat(m.in(Lang.TH)).isEqualTo("ไม่รู้จักช่อง \"budget\"");
    assertThat(m.in(Lang.EN)).isEqualTo("unknown field \"budget\"");
  }

  @Test
  void evaluatesExpressionsOverTheArguments() {
    Message max = Message.of("jakarta.validation.constraints.DecimalMax.message");

    assertThat(max.with("inclusive", true).with("value", "100").in(Lang.TH))
        .isEqualTo("ต้องไม่เกิน 100");
    assertThat(max.with("inclusive", false).with("value", "100").in(Lang.EN))
        .isEqualTo("must be less than 100");
    assertThat(
            Message.of("jakarta.validation.constraints.Size.message", "min", 0, "max", 200)
                .in(Lang.EN))
        .isEqualTo("size must be at most 200");
  }

  @Test
  void showsLocalizedArgumentsInTheMessagesLanguage() {
    Message m =
        Message.of(
            "tidtam.submission.choice.unknown",
            "value",
            LocalizedText.of("ครึ่งปี", "half year"),
            "choices",
            Round.ROUND_6M);

    assertThat(m.in(Lang.EN))
        .isEqualTo(
            "no choice \"half year\" (choices: 6 months)"
                .replace("6 months", Round.ROUND_6M.label().en()));
    assertThat(m.in(Lang.TH)).contains("ครึ่งปี").contains(Round.ROUND_6M.label().th());
  }

  @Test
  void writesDecimalsInFullAndEmptyForMissingValues() {
    assertThat(Message.of("x {a} {b}", "a", new BigDecimal("1E+3"), "b", null).in(Lang.EN))
        .isEqualTo("x 1000 ");
  }

  @Test
  void aKeyTheBundlesLackIsItsOwnTextAndUnknownParametersStay() {
    assertThat(Message.of("ตรวจแล้ว {n} แถว {other}", "n", 3).in(Lang.EN))
        .isEqualTo("ตรวจแล้ว 3 แถว {other}");
    assertThat(Messages.has("tidtam.submission.required", Lang.EN)).isTrue();
    assertThat(Messages.has("no.such.key", Lang.TH)).isFalse();
  }

  @Test
  void resolvesAKeyNamedInsideAnotherMessage() {
    assertThat(Message.of("{tidtam.submission.required}!").in(Lang.EN)).isEqualTo("is required!");
  }

  @Test
  void argumentsAreNamedInPairs() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of("k", "only-a-name"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
