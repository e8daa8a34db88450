package org.tidtam.catalog;

/** A catalog file that cannot be read: bad JSON, a wrong type, or an unknown field name. */
public final class CatalogFormatException extends IllegalArgumentException {
  private final String path;

  public CatalogFormatException(String message, Throwable cause) {
    this(message, "", cause);
  }

  public CatalogFormatException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** Where in the JSON, e.g. {@code indicators[3].target}; empty when unknown. */
  public String path() {
    return path;
  }
}
