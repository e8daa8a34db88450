package org.tidtam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTests {

  private final CleanText.Validator validator = new CleanText.Validator();

  @Test
  void rejectsFillerMadeOfDashesDotsAndSpaces() {
    for (String filler : new String[] {"-", ".", "–", " - ", "...", "—", "\u200B-", "  "}) {
      assertThat(validator.isValid(filler, null)).as("'%s'", filler).isFalse();
    }
  }

  @Test
  void acceptsRealTextAndLeavesEmptinessToNotBlank() {
    assertThat(validator.isValid("ไม่มี", null)).isTrue();
    assertThat(validator.isValid("- ครูขาดแคลน", null)).isTrue();
    assertThat(validator.isValid("", null)).isTrue();
    assertThat(validator.isValid(null, null)).isTrue();
  }
}
