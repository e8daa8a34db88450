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
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    XmlOut out = new XmlOut(bytes);

    Sanitizer.appendRunText(out, "a<b>&\"c\"\nd\te ก\u0001\u200B👍🏽\uD800");
    out.flush();

    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            "a&lt;b&gt;&amp;&quot;c&quot;" + Sanitizer.BREAK + "d" + Sanitizer.TAB + "e ก👍🏽");
  }
}
