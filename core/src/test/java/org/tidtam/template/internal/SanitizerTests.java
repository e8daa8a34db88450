package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitizerTests {

  @Test
  void removesWhatXmlForbidsAndNormalisesToNfc() {
    assertThat(Sanitizer.clean("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh"))
        .isEqualTo("abcdefgh");
    assertThat(Sanitizer.clean("x\uDC00y\uD83Dz")).isEqualTo("xyz");
    assertThat(Sanitizer.clean("ไทย\u200Bคำ\uFEFF")).isEqualTo("ไทยคำ");
    assertThat(Sanitizer.clean("e\u0301")).isEqualTo("é");
    assertThat(Sanitizer.clean("👍🏽")).isEqualTo("👍🏽");
  }

  @Test
  void escapesMarkupAndWritesBreaksAndTabsAsElements() {
    StringBuilder out = new StringBuilder();

    Sanitizer.appendRunText(out, "a<b>&\"c\"\nd\te");

    assertThat(out.toString())
        .isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;" + Sanitizer.BREAK + "d" + Sanitizer.TAB + "e");
  }
}
