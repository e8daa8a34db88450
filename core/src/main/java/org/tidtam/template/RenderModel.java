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

  /**
   * JSON data as the root: objects become maps, arrays lists, numbers {@code Long} or {@code
   * BigDecimal}, {@code yyyy-MM-dd} strings dates (so {@code thaiDate} formats them).
   *
   * @throws IllegalArgumentException when the data is not a JSON object
   */
  public static RenderModel ofJson(tools.jackson.databind.JsonNode data) {
    if (!data.isObject()) {
      throw new IllegalArgumentException(
          "the data must be a JSON object, not " + data.getNodeType());
    }
    return of(java.util.Objects.requireNonNull(JsonShapes.value(data)));
  }
}
