package org.tidtam.report;

/**
 * How the report is printed.
 *
 * @param fontFamily set on all four font slots of every run, e.g. {@code TH SarabunPSK}
 * @param fontSizePt the body size (16); headings are larger
 * @param thaiDigits whether the report's own text, captions and page numbers use Thai digits
 */
public record ReportOptions(String fontFamily, int fontSizePt, boolean thaiDigits) {

  public ReportOptions {
    if (fontFamily.isBlank()
        || fontFamily.chars().anyMatch(c -> c == '"' || c == '<' || c == '&')) {
      throw new IllegalArgumentException("invalid font family: " + fontFamily);
    }
    if (fontSizePt < 8 || fontSizePt > 72) {
      throw new IllegalArgumentException("font size out of range: " + fontSizePt);
    }
  }

  /** TH SarabunPSK 16 pt, Arabic digits. */
  public static ReportOptions defaults() {
    return new ReportOptions("TH SarabunPSK", 16, false);
  }

  public ReportOptions withThaiDigits(boolean thai) {
    return new ReportOptions(fontFamily, fontSizePt, thai);
  }
}
