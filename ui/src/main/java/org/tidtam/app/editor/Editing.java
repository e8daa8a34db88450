package org.tidtam.app.editor;

import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;

/**
 * What every node of one editor shares: the user's language, the catalog its choices come from, the
 * fiscal year that picks the catalog's items, and whom to tell when a value changes.
 */
record Editing(Lang lang, Catalog catalog, int fiscalYear, Runnable changed) {

  /** The Thai or the English text, as the user reads. */
  String text(String th, String en) {
    return lang == Lang.EN ? en : th;
  }
}
