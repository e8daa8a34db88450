package org.tidtam.app.editor;

import org.jspecify.annotations.Nullable;
import org.tidtam.schema.Field;
import tools.jackson.databind.JsonNode;

/** Picks the node that edits a field of the schema. */
final class Nodes {

  private Nodes() {}

  static EditorNode create(
      Field field, @Nullable JsonNode value, Editing editing, boolean element) {
    if (field.computed()) {
      return new ComputedNode(field, editing);
    }
    return switch (field.type()) {
      case GROUP -> new RecordNode(field, field.children(), value, editing);
      case TABLE -> new TableNode(field, value, editing);
      case IMAGE -> new ImageNode(field, value, editing);
      default -> new InputNode(field, value, editing, element);
    };
  }
}
