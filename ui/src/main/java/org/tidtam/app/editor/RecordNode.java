package org.tidtam.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.schema.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of a record: the whole form, a group (a nested fieldset) or one row of a table. Its
 * JSON is an object with every field of the schema, computed ones left out.
 */
final class RecordNode extends EditorNode {

  private final Map<String, EditorNode> children = new LinkedHashMap<>();
  private final Span error = new Span();
  private @Nullable Component component;
  private final boolean group;

  RecordNode(Field field, List<Field> fields, @Nullable JsonNode value, Editing editing) {
    super(field);
    this.group = field.type() == FieldType.GROUP && !field.name().isEmpty();
    for (Field f : fields) {
      JsonNode v = value == null || !value.isObject() ? null : value.get(f.name());
      children.put(f.name(), Nodes.create(f, v, editing, false));
    }
    error.addClassName("editor-error");
    error.setVisible(false);
    if (group) {
      var set = new FieldSet(field.label().in(editing.lang()));
      set.addClassName("editor-group");
      children.values().forEach(c -> set.add(c.component()));
      set.add(error);
      component = set;
    }
  }

  EditorNode child(String name) {
    EditorNode c = children.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no field " + name);
    }
    return c;
  }

  /** The row's fields in a plain box; a table puts it into its card. */
  Component rowBox() {
    if (component == null) {
      var box = new Div();
      box.addClassName("editor-row-fields");
      children.values().forEach(c -> box.add(c.component()));
      box.add(error);
      component = box;
    }
    return component;
  }

  /** The form-level message area (for the whole form, whose fields the sections lay out). */
  Span errorArea() {
    return error;
  }

  @Override
  Component component() {
    return rowBox();
  }

  @Override
  JsonNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    children.forEach(
        (name, node) -> {
          if (!node.isComputed()) {
            o.set(name, node.json());
          }
        });
    // a group with nothing filled in is no group at all, as the record holds it
    if (group && o.valueStream().allMatch(JsonNode::isNull)) {
      return JsonNodeFactory.instance.nullNode();
    }
    return o;
  }

  @Override
  void setReadOnly(boolean readOnly) {
    children.values().forEach(c -> c.setReadOnly(readOnly));
  }

  @Override
  void showErrors(List<String> messages) {
    error.setText(String.join(" ", messages));
    error.setVisible(!messages.isEmpty());
  }

  @Override
  void index(String path, Map<String, EditorNode> out) {
    out.put(path, this);
    children.forEach((name, c) -> c.index(path.isEmpty() ? name : path + "." + name, out));
  }

  @Override
  void refresh(@Nullable Object value) {
    children.forEach((name, c) -> c.refresh(Records.get(value, name)));
  }

  @Override
  void inputProblems(String path, Map<String, String> out) {
    children.forEach((name, c) -> c.inputProblems(path.isEmpty() ? name : path + "." + name, out));
  }

  @Override
  void focus() {
    children.values().stream()
        .filter(c -> !c.isComputed())
        .findFirst()
        .ifPresentOrElse(EditorNode::focus, super::focus);
  }
}
