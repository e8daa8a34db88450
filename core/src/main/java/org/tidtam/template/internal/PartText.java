package org.tidtam.template.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.template.TemplateProblem;

/**
 * Checks that docx4j read a part completely: the text of every {@code w:t} of the part as stored in
 * the file must be the text of the part as docx4j gives it back. docx4j silently drops what it
 * cannot place (a paragraph inside a paragraph, an element in the wrong place), and with it the
 * tags and the text it holds.
 */
final class PartText {

  private static final Pattern TEXT =
      Pattern.compile("<(?:[A-Za-z][\\w.-]*:)?t(?:\\s[^>]*)?>([^<]*)</(?:[A-Za-z][\\w.-]*:)?t>");
  private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);");
  private static final int SHOWN = 40;

  private PartText() {}

  /** Reports the part when its stored text and the text docx4j read differ. */
  static void checkComplete(String stored, String read, Problems problems) {
    String expected = text(stored);
    String actual = text(read);
    if (expected.equals(actual)) {
      return;
    }
    int at = 0;
    int n = Math.min(expected.length(), actual.length());
    while (at < n && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    String lost = expected.substring(at, Math.min(expected.length(), at + SHOWN)).strip();
    problems.add(TemplateProblem.NOWHERE, "tidtam.template.part.incomplete", "text", lost);
  }

  /** The concatenated text of every {@code t} element of a WordprocessingML part. */
  static String text(String xml) {
    StringBuilder all = new StringBuilder();
    Matcher m = TEXT.matcher(xml);
    while (m.find()) {
      all.append(decode(m.group(1)));
    }
    return all.toString();
  }

  private static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String c =
          switch (ref) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
              if (!ref.startsWith("#")) {
                yield m.group();
              }
              boolean hex = ref.startsWith("#x");
              try {
                yield Character.toString(
                    Integer.parseInt(ref.substring(hex ? 2 : 1), hex ? 16 : 10));
              } catch (IllegalArgumentException e) {
                yield m.group();
              }
            }
          };
      m.appendReplacement(out, Matcher.quoteReplacement(c));
    }
    m.appendTail(out);
    return out.toString();
  }
}
