package org.tidtam.template;

import java.util.Map;

/**
 * The data a template is rendered with: a root object (a record, a map) and named globals that are
 * looked up before the root's own members (e.g. {@code derived}, {@code doc}).
 */
public record RenderModel(Object root, Map<String, Object> globals) {
  public RenderModel {
    globals = Map.copyOf(globals);
  }

  public static RenderModel of(Object root) {
    return new RenderModel(root, Map.of());
  }
}
