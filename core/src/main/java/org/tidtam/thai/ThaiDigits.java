package org.tidtam.thai;

/**
 * Converts between Arabic and Thai digits, because official documents may print numbers as ๐-๙
 * while Tidtam stores and computes with 0-9. Only digits change; every other character is kept.
 */
public final class ThaiDigits {
  private static final char THAI_ZERO = '\u0E50';

  private ThaiDigits() {}

  /** {@code "2569"} -> {@code "๒๕๖๙"}. */
  public static String toThai(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = (char) (THAI_ZERO + (chars[i] - '0'));
      }
    }
    return new String(chars);
  }

  /** {@code "๒๕๖๙"} -> {@code "2569"}. */
  public static String toArabic(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= THAI_ZERO && chars[i] <= THAI_ZERO + 9) {
        chars[i] = (char) ('0' + (chars[i] - THAI_ZERO));
      }
    }
    return new String(chars);
  }
}
