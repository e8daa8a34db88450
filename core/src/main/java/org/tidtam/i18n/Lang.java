package org.tidtam.i18n;

import java.util.Locale;

/** The two languages Tidtam speaks: Thai first, English second. */
public enum Lang {
  TH(Locale.of("th", "TH")),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@code "th"} or {@code "en"}, case-insensitive; anything else is an error. */
  public static Lang of(String code) {
    return switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "th" -> TH;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("unknown language '" + code + "' (th or en)");
    };
  }

  public static Lang of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? EN : TH;
  }
}
