package org.tidtam.app.editor;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.CatalogItem;
import org.tidtam.form.FieldType;
import org.tidtam.schema.Choice;
import org.tidtam.schema.Field;
import org.tidtam.thai.Baht;
import org.tidtam.thai.ThaiDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One value the user types or picks, with the Vaadin field that fits its type: amounts in baht
 * grouped, dates in the Buddhist era, choices by their Thai labels.
 */
final class InputNode extends EditorNode {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Enum multi-choices with at most this many options show as checkboxes. */
  private static final int FEW_CHOICES = 6;

  private final Editing editing;
  private final boolean element;
  private final AbstractField<?, ?> input;
  private Supplier<JsonNode> reader = JSON::nullNode;
  private @Nullable String problem;
  private boolean formatting;

  /**
   * @param element whether the value is one element of a list (an empty text is then "" rather than
   *     null, which a list of texts does not hold)
   */
  InputNode(Field field, @Nullable JsonNode value, Editing editing, boolean element) {
    super(field);
    this.editing = editing;
    this.element = element;
    JsonNode v = value == null || value.isNull() || value.isMissingNode() ? null : value;
    this.input = build(v);
    if (input instanceof HasLabel l && !(input instanceof Checkbox)) {
      l.setLabel(label());
    }
    if (field.help() != null && input instanceof HasHelper h && h.getHelperText() == null) {
      h.setHelperText(field.help().in(editing.lang()));
    }
    input.addClassName("editor-field");
    input.addValueChangeListener(
        e -> {
          if (!formatting) {
            editing.changed().run();
          }
        });
  }

  private String label() {
    String text = field.label().in(editing.lang());
    return field.required() ? text + " *" : text;
  }

  @Override
  Component component() {
    return input;
  }

  AbstractField<?, ?> input() {
    return input;
  }

  @Override
  JsonNode json() {
    return reader.get();
  }

  @Override
  void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  @Override
  void showErrors(List<String> messages) {
    List<String> all = new ArrayList<>();
    if (problem != null) {
      all.add(problem);
    }
    messages.stream().filter(m -> !all.contains(m)).forEach(all::add);
    HasValidation v = (HasValidation) input;
    v.setErrorMessage(all.isEmpty() ? null : String.join(" ", all));
    v.setInvalid(!all.isEmpty());
  }

  @Override
  void inputProblems(String path, Map<String, String> out) {
    if (problem != null) {
      out.put(path, problem);
    }
  }

  private AbstractField<?, ?> build(@Nullable JsonNode v) {
    return switch (field.type()) {
      case TEXT -> text(new TextField(), v);
      case LONG_TEXT -> text(new TextArea(), v);
      case INTEGER -> integer(v);
      case DECIMAL, PERCENT -> decimal(v);
      case MONEY -> money(v);
      case DATE -> date(v);
      case YES_NO -> yesNo(v);
      case CHOICE -> choice(v);
      case MULTI_CHOICE -> multiChoice(v);
      default -> throw new IllegalArgumentException(field.name() + ": not a value " + field.type());
    };
  }

  private <F extends AbstractField<F, String>> F text(F f, @Nullable JsonNode v) {
    if (f instanceof TextField t) {
      t.setManualValidation(true);
      t.setValueChangeMode(ValueChangeMode.LAZY);
      if (field.constraints().get("maxLength") instanceof Integer max) {
        t.setMaxLength(max);
      }
    } else if (f instanceof TextArea a) {
      a.setManualValidation(true);
      a.setValueChangeMode(ValueChangeMode.LAZY);
      if (field.constraints().get("maxLength") instanceof Integer max) {
        a.setMaxLength(max);
      }
    }
    f.setValue(v == null ? "" : v.asString());
    reader =
        () -> {
          String s = f.getValue();
          return s.isEmpty() && !element ? JSON.nullNode() : JSON.stringNode(s);
        };
    return f;
  }

  private AbstractField<?, ?> integer(@Nullable JsonNode v) {
    Class<?> type = field.javaType();
    if (type == Long.class || type == long.class) {
      var f = new BigDecimalField();
      f.setManualValidation(true);
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.setValue(v == null ? null : v.decimalValue());
      reader =
          () -> {
            BigDecimal d = f.getValue();
            if (d == null) {
              return JSON.nullNode();
            }
            try {
              return JSON.numberNode(d.longValueExact());
            } catch (ArithmeticException e) {
              return JSON.numberNode(d);
            }
          };
      return f;
    }
    var f = new IntegerField();
    f.setManualValidation(true);
    f.setValueChangeMode(ValueChangeMode.LAZY);
    // an empty whole number of a primitive field reads as a problem at the field, not as 0
    f.setValue(v == null || !v.isNumber() ? null : v.intValue());
    reader = () -> f.getValue() == null ? JSON.nullNode() : JSON.numberNode(f.getValue());
    return f;
  }

  private AbstractField<?, ?> decimal(@Nullable JsonNode v) {
    var f = new BigDecimalField();
    f.setManualValidation(true);
    f.setValueChangeMode(ValueChangeMode.LAZY);
    if (field.type() == FieldType.PERCENT) {
      f.setSuffixComponent(new Span("%"));
    }
    f.setValue(v == null || !v.isNumber() ? null : v.decimalValue());
    reader = () -> f.getValue() == null ? JSON.nullNode() : JSON.numberNode(f.getValue());
    return f;
  }

  /** Baht with grouped thousands and two decimals; what was typed is read as it is. */
  private AbstractField<?, ?> money(@Nullable JsonNode v) {
    var f = new TextField();
    f.setManualValidation(true);
    f.setValueChangeMode(ValueChangeMode.LAZY);
    f.addClassName("editor-money");
    f.setSuffixComponent(new Span(editing.text("บาท", "baht")));
    Supplier<@Nullable BigDecimal> amount =
        parsed(
            f,
            v == null || !v.isNumber() ? null : v.decimalValue(),
            Values::amount,
            Baht::format,
            editing.text("จำนวนเงินไม่ถูกต้อง เช่น 1,234.50", "Not an amount, e.g. 1,234.50"),
            true);
    reader =
        () -> {
          BigDecimal value = amount.get();
          return value == null ? JSON.nullNode() : JSON.numberNode(value);
        };
    return f;
  }

  /** Typed and shown in the Buddhist era ({@code 30/09/2569}), kept as an ISO date. */
  private AbstractField<?, ?> date(@Nullable JsonNode v) {
    var f = new TextField();
    f.setManualValidation(true);
    f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    f.addClassName("editor-date");
    f.setPlaceholder(editing.text("วว/ดด/ปปปป", "dd/mm/yyyy"));
    f.setHelperText(
        editing.text("วัน/เดือน/ปี พ.ศ. เช่น 30/09/2569", "day/month/B.E. year, e.g. 30/09/2569"));
    Supplier<@Nullable LocalDate> date =
        parsed(
            f,
            parseIso(v),
            ThaiDates::parse,
            Values::beDate,
            editing.text(
                "วันที่ไม่ถูกต้อง ให้พิมพ์ วว/ดด/ปปปป (พ.ศ.) เช่น 30/09/2569",
                "Not a date: type dd/mm/yyyy in the Buddhist era, e.g. 30/09/2569"),
            false);
    reader =
        () -> {
          LocalDate value = date.get();
          return value == null ? JSON.nullNode() : JSON.stringNode(value.toString());
        };
    return f;
  }

  /**
   * A value typed as text: read with {@code parse} on every change, a problem shown when it cannot
   * be read, and shown again with {@code show}, at once or when the field is left ({@code onBlur}).
   */
  private <T> Supplier<@Nullable T> parsed(
      TextField f,
      @Nullable T initial,
      Function<String, T> parse,
      Function<T, String> show,
      String unreadable,
      boolean onBlur) {
    AtomicReference<@Nullable T> value = new AtomicReference<>(initial);
    f.setValue(initial == null ? "" : show.apply(initial));
    f.addValueChangeListener(
        e -> {
          if (formatting) {
            return;
          }
          String text = f.getValue().strip();
          problem = null;
          if (text.isEmpty()) {
            value.set(null);
            return;
          }
          try {
            T read = parse.apply(text);
            value.set(read);
            if (!onBlur) {
              reformat(f, show.apply(read));
            }
          } catch (IllegalArgumentException ex) {
            value.set(null);
            problem = unreadable;
          }
        });
    if (onBlur) {
      f.addBlurListener(
          e -> {
            T read = value.get();
            if (problem == null && read != null) {
              reformat(f, show.apply(read));
            }
          });
    }
    return value::get;
  }

  private static @Nullable LocalDate parseIso(@Nullable JsonNode v) {
    if (v == null || !v.isString()) {
      return null;
    }
    try {
      return LocalDate.parse(v.stringValue());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void reformat(TextField f, String text) {
    if (!text.equals(f.getValue())) {
      formatting = true;
      try {
        f.setValue(text);
      } finally {
        formatting = false;
      }
    }
  }

  private AbstractField<?, ?> yesNo(@Nullable JsonNode v) {
    Boolean value = v == null || !v.isBoolean() ? null : v.booleanValue();
    if (field.javaType().isPrimitive()) {
      var c = new Checkbox(label());
      c.setValue(Boolean.TRUE.equals(value));
      reader = () -> JSON.booleanNode(c.getValue());
      return c;
    }
    var g = new RadioButtonGroup<Boolean>();
    g.setManualValidation(true);
    g.setItems(Boolean.TRUE, Boolean.FALSE);
    g.setItemLabelGenerator(b -> b ? editing.text("ใช่", "Yes") : editing.text("ไม่ใช่", "No"));
    g.setValue(value);
    reader = () -> g.getValue() == null ? JSON.nullNode() : JSON.booleanNode(g.getValue());
    return g;
  }

  /** The options of a choice: the enum's constants or the catalog's items, by their labels. */
  private Map<String, String> options(@Nullable JsonNode current) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!field.choices().isEmpty()) {
      for (Choice c : field.choices()) {
        out.put(c.value(), c.label().in(editing.lang()));
      }
    } else if (field.reference() != null) {
      List<CatalogItem> items = editing.catalog().items(field.reference(), editing.fiscalYear());
      if (items.isEmpty()) {
        items = editing.catalog().items(field.reference(), 0);
      }
      for (CatalogItem i : items) {
        out.putIfAbsent(i.code(), i.label().in(editing.lang()));
      }
    }
    if (current != null) {
      List<JsonNode> values = current.isArray() ? current.valueStream().toList() : List.of(current);
      for (JsonNode n : values) {
        if (n.isString()) {
          out.putIfAbsent(n.stringValue(), n.stringValue());
        }
      }
    }
    return out;
  }

  private AbstractField<?, ?> choice(@Nullable JsonNode v) {
    Map<String, String> options = options(v);
    var c = new ComboBox<String>();
    c.setManualValidation(true);
    c.setItems(options.keySet());
    c.setItemLabelGenerator(code -> options.getOrDefault(code, code));
    c.setClearButtonVisible(true);
    c.setValue(v == null || !v.isString() ? null : v.stringValue());
    reader = () -> c.getValue() == null ? JSON.nullNode() : JSON.stringNode(c.getValue());
    return c;
  }

  private AbstractField<?, ?> multiChoice(@Nullable JsonNode v) {
    Map<String, String> options = options(v);
    List<String> initial = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.valueStream().filter(JsonNode::isString).forEach(n -> initial.add(n.stringValue()));
    }
    AbstractField<?, Set<String>> f;
    if (!field.choices().isEmpty() && options.size() <= FEW_CHOICES) {
      var g = new CheckboxGroup<String>();
      g.setManualValidation(true);
      g.setItems(options.keySet());
      g.setItemLabelGenerator(code -> options.getOrDefault(code, code));
      g.setValue(new LinkedHashSet<>(initial));
      f = g;
    } else {
      var m = new MultiSelectComboBox<String>();
      m.setManualValidation(true);
      m.setItems(options.keySet());
      m.setItemLabelGenerator(code -> options.getOrDefault(code, code));
      m.setClearButtonVisible(true);
      m.setValue(new LinkedHashSet<>(initial));
      f = m;
    }
    // the stored order stays: what was chosen before keeps its place, new choices go last
    reader =
        () -> {
          Set<String> chosen = f.getValue();
          ArrayNode out = JSON.arrayNode();
          initial.stream().filter(chosen::contains).forEach(out::add);
          chosen.stream().filter(s -> !initial.contains(s)).forEach(out::add);
          return out;
        };
    return f;
  }

  /** The value the field shows, for tests and for the integrator's own use. */
  @Nullable Object value() {
    return ((HasValue<?, ?>) input).getValue();
  }

  @Override
  public String toString() {
    return field.name() + "=" + Objects.toString(value());
  }
}
