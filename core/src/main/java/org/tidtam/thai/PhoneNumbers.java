package org.tidtam.thai;

/**
 * How Thai phone numbers are written on the office's papers: a 9-digit landline ({@code
 * 075-611-234}, {@code 0-7561-1234}: 0 and 2–7) or a 10-digit mobile ({@code 081-234-5678}, {@code
 * 0812345678}: 0 and 6, 8 or 9), digits grouped by single hyphens or spaces anywhere, and an
 * optional extension ({@code ต่อ 12}, {@code ext. 12}, {@code #12}).
 */
public final class PhoneNumbers {
  /**
   * Blank, or one number with an optional extension, with white space around it allowed. Written
   * with Java escapes that the JSON Schema exporter translates, so the schema says the same rule.
   */
  public static final String REGEX =
      "\\p{javaWhitespace}*(?:0[- ]?(?:[2-7](?:[- ]?\\d){7}|[689](?:[- ]?\\d){8})"
          + "(?:\\p{javaWhitespace}*(?:ต่อ|ext\\.?|#)\\p{javaWhitespace}*\\d{1,5})?"
          + "\\p{javaWhitespace}*)?";

  private PhoneNumbers() {}
}
