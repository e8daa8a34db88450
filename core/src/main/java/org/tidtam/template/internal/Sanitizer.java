package org.tidtam.template.internal;

import java.text.Normalizer;

/**
 * Makes data text safe inside a WordprocessingML run: drops what XML 1.0 forbids (control
 * characters, lone surrogates, U+FFFE/U+FFFF) and invisible zero-width spaces and BOMs, normalises
 * to NFC, escapes markup characters, and turns line breaks and tabs into Word break and tab
 * elements. Valid surrogate pairs (emoji) are kept.
 */
public final class Sanitizer {

  static final String BREAK = "</w:t><w:br/><w:t xml:space=\"preserve\">";
  static final String TAB = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

  private Sanitizer() {}

  /** The text with forbidden and invisible characters removed and NFC applied. */
  public static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n.length() && Character.isLowSurrogate(n.charAt(i + 1))) {
          sb.append(c).append(n.charAt(++i));
        }
      } else if (allowed(c) || c == '\n' || c == '\t' || c == '\r') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Appends the text as the content of an open {@code <w:t xml:space="preserve">}. */
  static void appendRunText(XmlOut out, String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    int len = n.length();
    int from = 0;
    for (int i = 0; i < len; i++) {
      char c = n.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"') {
        continue;
      }
      if (c >= 0xA0 && c < 0xD800 && c != '\u200B') {
        continue;
      }
      out.append(n, from, i);
      from = i + 1;
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append(BREAK);
        case '\r' -> {
          if (i + 1 >= len || n.charAt(i + 1) != '\n') {
            out.append(BREAK);
          }
        }
        case '\t' -> out.append(TAB);
        default -> {
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < len && Character.isLowSurrogate(n.charAt(i + 1))) {
              out.append(n, i, i + 2);
              from = ++i + 1;
            }
          } else if (allowed(c)) {
            out.append(n, i, i + 1);
          }
        }
      }
    }
    out.append(n, from, len);
  }

  private static boolean allowed(char c) {
    return c >= 0x20
        && !Character.isLowSurrogate(c)
        && c != '\uFFFE'
        && c != '\uFFFF'
        && c != '\u200B'
        && c != '\uFEFF';
  }
}
