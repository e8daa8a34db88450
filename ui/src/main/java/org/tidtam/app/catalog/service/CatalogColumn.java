package org.tidtam.app.catalog.service;

import java.util.Locale;
import org.tidtam.i18n.Lang;

/**
 * A column of a catalog list's file: its key in the list's values, its header in Thai and English
 * (an import accepts either, in any order), and whether a row must fill it.
 */
public record CatalogColumn(String key, String th, String en, boolean required, Type type) {

  /** What a cell must hold. */
  public enum Type {
    TEXT,
    INTEGER,
    DECIMAL
  }

  public String header(Lang lang) {
    return lang == Lang.TH ? th : en;
  }

  /** Whether a file's header names this column (either language, any case, "*" for required). */
  boolean named(String header) {
    String h = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
    return h.equals(th.toLowerCase(Locale.ROOT)) || h.equals(en.toLowerCase(Locale.ROOT));
  }

  static CatalogColumn required(String key, String th, String en) {
    return new CatalogColumn(key, th, en, true, Type.TEXT);
  }

  static CatalogColumn optional(String key, String th, String en) {
    return new CatalogColumn(key, th, en, false, Type.TEXT);
  }

  CatalogColumn as(Type type) {
    return new CatalogColumn(key, th, en, required, type);
  }
}
