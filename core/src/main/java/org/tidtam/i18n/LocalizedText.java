package org.tidtam.i18n;

import java.util.Objects;

/** A text in Thai with its English counterpart; English falls back to Thai when missing. */
public record LocalizedText(String th, String en) {

  public LocalizedText {
    Objects.requireNonNull(th, "th");
    en = en == null || en.isBlank() ? th : en;
  }

  public static LocalizedText of(String th, String en) {
    return new LocalizedText(th, en);
  }

  public String in(Lang lang) {
    return lang == Lang.EN ? en : th;
  }
}
