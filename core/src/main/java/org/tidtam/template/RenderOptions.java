package org.tidtam.template;

import java.time.LocalDate;
import org.tidtam.i18n.Lang;

/**
 * Per-render settings.
 *
 * @param lang the language of choice labels and language-dependent formatters
 * @param numerals the digits used in the output
 * @param today the date that {@code doc.today} and "printed on" lines show
 */
public record RenderOptions(Lang lang, Numerals numerals, LocalDate today) {

  /** Thai, Arabic digits, dated today: what a download shows unless the user chose otherwise. */
  public static RenderOptions thai() {
    return new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.now());
  }

  public RenderOptions withLang(Lang lang) {
    return new RenderOptions(lang, numerals, today);
  }
}
