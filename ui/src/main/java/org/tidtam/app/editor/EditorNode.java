package org.tidtam.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.schema.Field;
import tools.jackson.databind.JsonNode;

/**
 * One piece of the editor, mirroring one field of the schema: the editor is a tree of them, as the
 * submission's JSON is a tree of values. Paths are not kept in the nodes, since table rows move;
 * they are handed down whenever the tree is walked.
 */
abstract class EditorNode {

  final Field field;

  EditorNode(Field field) {
    this.field = field;
  }

  /** What the user sees of this node. */
  abstract Component component();

  /** The node's value as JSON; never called for computed nodes. */
  abstract JsonNode json();

  abstract void setReadOnly(boolean readOnly);

  /** Shows these messages at the node; an empty list clears it. */
  abstract void showErrors(List<String> messages);

  /** Registers the node (and its descendants) under their current paths. */
  void index(String path, Map<String, EditorNode> out) {
    out.put(path, this);
  }

  /** Shows the computed values found in the value the record holds for this node. */
  void refresh(@Nullable Object value) {}

  /** Problems of the typed text itself (a date or an amount that cannot be read), by path. */
  void inputProblems(String path, Map<String, String> out) {}

  /** Brings the node into view and, when it takes input, the caret to it. */
  void focus() {
    Component c = component();
    c.scrollIntoView();
    if (c instanceof Focusable<?> f) {
      f.focus();
    }
  }

  boolean isComputed() {
    return field.computed();
  }
}
