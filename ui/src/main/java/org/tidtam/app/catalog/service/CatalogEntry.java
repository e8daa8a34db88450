package org.tidtam.app.catalog.service;

import java.util.Map;

/**
 * One item of a catalog list as the screen, the files and the checks see it: its values by column
 * key (canonical text: enum names, plain numbers; "" when empty) and whether it is retired.
 */
public record CatalogEntry(Map<String, String> values, boolean retired) {

  public CatalogEntry {
    values = Map.copyOf(values);
  }

  public String code() {
    return get("code");
  }

  public String get(String key) {
    return values.getOrDefault(key, "");
  }
}
