package org.tidtam.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Image;
import org.tidtam.schema.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A repeating table: its rows as cards (or, for a few short columns, as a line of fields each),
 * with buttons to add, remove and move rows. Changing the rows redraws this table only.
 */
final class TableNode extends EditorNode {

  /** Tables with at most this many short columns lay each row out on one line. */
  static final int COMPACT_COLUMNS = 4;

  private final Editing editing;
  private final boolean recordRows;
  private final List<EditorNode> rows = new ArrayList<>();
  private final List<RowControls> controls = new ArrayList<>();
  private final FieldSet box;
  private final Div rowsBox = new Div();
  private final Span error = new Span();
  private final Button add;
  private boolean readOnly;

  TableNode(Field field, @Nullable JsonNode value, Editing editing) {
    super(field);
    this.editing = editing;
    this.recordRows = field.javaType().isRecord() && field.javaType() != Image.class;
    if (value != null && value.isArray()) {
      value.valueStream().forEach(v -> rows.add(row(v)));
    }
    box = new FieldSet(field.label().in(editing.lang()) + (field.required() ? " *" : ""));
    box.addClassNames("editor-table", compact() ? "editor-table--compact" : "editor-table--cards");
    if (field.help() != null) {
      var help = new Span(field.help().in(editing.lang()));
      help.addClassName("editor-help");
      box.add(help);
    }
    rowsBox.addClassName("editor-rows");
    error.addClassName("editor-error");
    error.setVisible(false);
    add = new Button(editing.text("+ เพิ่มแถว", "+ Add row"), e -> addRow());
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add.addClassName("editor-add-row");
    box.add(rowsBox, error, add);
    redraw();
  }

  private boolean compact() {
    List<Field> columns = field.children().stream().filter(f -> !f.computed()).toList();
    return columns.size() <= COMPACT_COLUMNS
        && columns.stream()
            .allMatch(
                f ->
                    switch (f.type()) {
                      case TABLE, GROUP, LONG_TEXT, IMAGE, MULTI_CHOICE -> false;
                      default -> true;
                    });
  }

  private EditorNode row(@Nullable JsonNode value) {
    if (recordRows) {
      return new RecordNode(field, field.children(), value, editing);
    }
    return Nodes.create(field.children().getFirst(), value, editing, true);
  }

  void addRow() {
    rows.add(row(recordRows ? JsonNodeFactory.instance.objectNode() : null));
    redraw();
    editing.changed().run();
  }

  void removeRow(int index) {
    rows.remove(index);
    redraw();
    editing.changed().run();
  }

  void moveRow(int index, int delta) {
    int to = index + delta;
    if (to < 0 || to >= rows.size()) {
      return;
    }
    rows.add(to, rows.remove(index));
    redraw();
    editing.changed().run();
  }

  int size() {
    return rows.size();
  }

  EditorNode rowAt(int index) {
    return rows.get(index);
  }

  Button addButton() {
    return add;
  }

  RowControls controls(int index) {
    return controls.get(index);
  }

  /** The buttons of one row. */
  record RowControls(Div card, Button up, Button down, Button remove) {}

  private void redraw() {
    rowsBox.removeAll();
    controls.clear();
    for (int i = 0; i < rows.size(); i++) {
      int at = i;
      var number = new Span(editing.text("แถวที่ ", "Row ") + (i + 1));
      number.addClassName("editor-row-number");
      var up = new Button("↑", e -> moveRow(at, -1));
      up.setAriaLabel(editing.text("เลื่อนขึ้น", "Move up"));
      up.setEnabled(i > 0);
      var down = new Button("↓", e -> moveRow(at, 1));
      down.setAriaLabel(editing.text("เลื่อนลง", "Move down"));
      down.setEnabled(i < rows.size() - 1);
      var remove = new Button(editing.text("ลบ", "Remove"), e -> removeRow(at));
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      for (Button b : List.of(up, down, remove)) {
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setVisible(!readOnly);
      }
      var head = new Div(number, up, down, remove);
      head.addClassName("editor-row-head");
      var card = new Div(head, rows.get(i).component());
      card.addClassName("editor-row");
      rowsBox.add(card);
      controls.add(new RowControls(card, up, down, remove));
    }
    if (rows.isEmpty()) {
      var none = new Span(editing.text("ยังไม่มีรายการ", "No rows yet"));
      none.addClassName("editor-empty");
      rowsBox.add(none);
    }
    add.setVisible(!readOnly);
  }

  @Override
  Component component() {
    return box;
  }

  @Override
  JsonNode json() {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    rows.forEach(r -> a.add(r.json()));
    return a;
  }

  @Override
  void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    rows.forEach(r -> r.setReadOnly(readOnly));
    redraw();
  }

  @Override
  void showErrors(List<String> messages) {
    error.setText(String.join(" ", messages));
    error.setVisible(!messages.isEmpty());
  }

  @Override
  void index(String path, Map<String, EditorNode> out) {
    out.put(path, this);
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).index(path + "[" + i + "]", out);
    }
  }

  @Override
  void refresh(@Nullable Object value) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < rows.size() && i < list.size(); i++) {
        rows.get(i).refresh(list.get(i));
      }
    }
  }

  @Override
  void inputProblems(String path, Map<String, String> out) {
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).inputProblems(path + "[" + i + "]", out);
    }
  }

  @Override
  void focus() {
    box.scrollIntoView();
    if (!rows.isEmpty()) {
      rows.getFirst().focus();
    } else {
      add.focus();
    }
  }
}
