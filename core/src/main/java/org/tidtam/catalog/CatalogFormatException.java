package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/**
 * A catalog file that cannot be read: bad JSON, a wrong type, or an unknown field name. Its text is
 * shown in the user's language ({@link #text(org.tidtam.i18n.Lang)}).
 */
public final class CatalogFormatException extends LocalizedException {
  private final String path;

  public CatalogFormatException(Message message, Throwable cause) {
    this(message, "", cause);
  }

  public CatalogFormatException(Message message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** Where in the JSON, e.g. {@code indicators[3].target}; empty when unknown. */
  public String path() {
    return path;
  }
}
