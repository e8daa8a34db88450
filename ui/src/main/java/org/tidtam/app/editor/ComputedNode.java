package org.tidtam.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.schema.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** A value the form computes (a total, a percentage): shown read-only, refreshed on each change. */
final class ComputedNode extends EditorNode {

  private final Editing editing;
  private final TextField shown = new TextField();

  ComputedNode(Field field, Editing editing) {
    super(field);
    this.editing = editing;
    shown.setLabel(field.label().in(editing.lang()));
    shown.setReadOnly(true);
    shown.setManualValidation(true);
    shown.addClassNames("editor-field", "editor-computed");
    shown.setValue("—");
  }

  @Override
  Component component() {
    return shown;
  }

  TextField shown() {
    return shown;
  }

  @Override
  JsonNode json() {
    return JsonNodeFactory.instance.missingNode();
  }

  @Override
  void setReadOnly(boolean readOnly) {}

  @Override
  void showErrors(List<String> messages) {
    shown.setErrorMessage(messages.isEmpty() ? null : String.join(" ", messages));
    shown.setInvalid(!messages.isEmpty());
  }

  @Override
  void refresh(@Nullable Object value) {
    shown.setValue(Values.show(value, field.type(), editing.lang()));
  }
}
