package org.tidtam.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.testkit.RandomValues;

class EcmaPatternsTests {

  private static final List<String> JAVA =
      List.of(
          "\\d{8}|\\d{10}",
          "https?://\\S+",
          "[0-9][0-9 -]{7,14}[0-9]",
          "0[0-9]{1,2}-[0-9]{3}-[0-9]{4}",
          "\\p{javaWhitespace}*(?:(?:0\\d-\\d{4}-\\d{4}|0\\d{2}-\\d{3}-\\d{4})\\p{javaWhitespace}*)?",
          "a.b?",
          "[^\\s]{0,3}\\w*",
          "^[\\d.]+$",
          "(ก|ข)+?x*");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "\\d{8}|\\d{10} => ^(?:[0-9]{8}|[0-9]{10})$",
        "https?://\\S+ => ^(?:https?://[^\\t\\n\\u000b\\f\\r ]+)$",
        "[0-9][0-9 -]{7,14}[0-9] => ^(?:[0-9][0-9 \\-]{7,14}[0-9])$",
        "^abc$ => ^(?:abc)$",
        "a.b => ^(?:a[^\\n\\r\\u0085\\u2028\\u2029]b)$",
        "(ab)+? => ^(?:(?:ab)+?)$",
        "[\\d_]\\W => ^(?:[0-9_][^A-Za-z0-9_])$",
        "\\x41\\u0E01\\{\\. => ^(?:Aก\\{\\.)$",
        "\\t\\/ => ^(?:\\u0009/)$",
      })
  void translatesToAnAnchoredEcmaScriptPattern(String java, String ecma) {
    assertThat(EcmaPatterns.fromJava(java)).contains(ecma);
  }

  @Test
  void spellsOutJavaWhiteSpace() {
    assertThat(EcmaPatterns.fromJava("\\p{javaWhitespace}"))
        .contains(
            "^(?:[\\u0009-\\u000d\\u001c-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200a"
                + "\\u2028-\\u2029\\u205f\\u3000])$");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "(?i)abc",
        "(?<year>a)",
        "a++",
        "a{2}+",
        "(?=a)b",
        "(?>a)",
        "\\bword",
        "\\p{L}+",
        "[a-z&&[^e]]",
        "[a[bc]]",
        "(a)\\1",
        "\\Qa.b\\E",
        "😀",
        "[\\S]",
        "a^b",
        "a$b",
        "\\x{1F600}",
        "[",
      })
  void leavesOutWhatItCannotTranslate(String java) {
    assertThat(EcmaPatterns.fromJava(java)).isEmpty();
  }

  static LongStream seeds() {
    return RandomValues.seeds(300);
  }

  /**
   * The translation accepts what the Java pattern matches as a whole, tried with Java's engine
   * (where {@code \z} stands for ECMAScript's {@code $}) on texts of the characters that matter.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsExactlyWhatJavaMatches(long seed) {
    RandomValues random = RandomValues.of(seed);
    for (String java : JAVA) {
      String ecma = EcmaPatterns.fromJava(java).orElseThrow();
      Pattern translated = Pattern.compile(ecma.substring(0, ecma.length() - 1) + "\\z");
      String text = sample(random, java);
      assertThat(translated.matcher(text).find())
          .as("seed %d: %s on \"%s\"", seed, java, text)
          .isEqualTo(Pattern.compile(java).matcher(text).matches());
    }
  }

  private static String sample(RandomValues random, String java) {
    String alphabet = "0123456789-: /.htpsab_ก ข x\t\n\r\u000b\u0085\u2028\u3000\u00a0";
    int n = random.between(0, 16);
    StringBuilder sb = new StringBuilder();
    if (random.chance(0.3)) {
      sb.append(random.oneOf("081-234-5678", "07-5611-2345", "12345678", "https://a", "ab"));
    }
    for (int i = 0; i < n; i++) {
      sb.append(
          random.chance(0.9)
              ? alphabet.charAt(random.between(0, alphabet.length() - 1))
              : (char) random.character());
    }
    return sb.toString();
  }
}
