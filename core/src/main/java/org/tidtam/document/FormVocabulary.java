package org.tidtam.document;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidtam.catalog.Office;
import org.tidtam.form.Computed;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.Image;
import org.tidtam.i18n.Labeled;
import org.tidtam.schema.Field;
import org.tidtam.schema.FormSchema;
import org.tidtam.template.Vocabulary;
import org.tidtam.template.Vocabulary.ValueType;

/**
 * What a form's template may name: the record's fields and computed values at the root, {@code
 * derived.*} (the plugin's derived values) and {@code doc.*} (date, language, form and office). The
 * template engine lints every placeholder against it when the template is compiled.
 */
public final class FormVocabulary {

  private FormVocabulary() {}

  public static Vocabulary of(FormPlugin<?> plugin) {
    Map<String, Vocabulary> members = new LinkedHashMap<>();
    for (Field f : FormSchema.of(plugin).fields()) {
      members.put(f.name(), of(f));
    }
    members.put("derived", ofType(plugin.derivedType(), new HashSet<>()));
    members.put(
        "doc",
        new Vocabulary.Members(
            Map.of(
                "today", new Vocabulary.Value(ValueType.DATE),
                "lang", new Vocabulary.Value(ValueType.TEXT),
                "formId", new Vocabulary.Value(ValueType.TEXT),
                "formTitle", new Vocabulary.Value(ValueType.TEXT),
                "office", ofType(Office.class, new HashSet<>()))));
    return new Vocabulary.Members(members);
  }

  /** The vocabulary of one schema field. */
  static Vocabulary of(Field f) {
    return switch (f.type()) {
      case TEXT, LONG_TEXT -> new Vocabulary.Value(ValueType.TEXT);
      case INTEGER -> new Vocabulary.Value(ValueType.INTEGER);
      case DECIMAL, MONEY, PERCENT -> new Vocabulary.Value(ValueType.DECIMAL);
      case DATE -> new Vocabulary.Value(ValueType.DATE);
      case YES_NO -> new Vocabulary.Value(ValueType.BOOLEAN);
      case CHOICE ->
          new Vocabulary.Value(f.reference() != null ? ValueType.TEXT : ValueType.CHOICE);
      case MULTI_CHOICE ->
          new Vocabulary.ListOf(
              new Vocabulary.Value(f.reference() != null ? ValueType.TEXT : ValueType.CHOICE));
      case IMAGE -> new Vocabulary.ImageValue();
      case GROUP -> members(f.children());
      case TABLE ->
          new Vocabulary.ListOf(
              f.javaType().isRecord() && f.javaType() != Image.class
                  ? members(f.children())
                  : of(f.children().getFirst()));
    };
  }

  private static Vocabulary members(List<Field> fields) {
    Map<String, Vocabulary> members = new LinkedHashMap<>();
    fields.forEach(f -> members.put(f.name(), of(f)));
    return new Vocabulary.Members(members);
  }

  /**
   * The vocabulary of any Java type (derived values, the office): records by their components and
   * {@link Computed} methods, lists by their elements; types it cannot see into are {@link
   * Vocabulary#ANY}.
   */
  public static Vocabulary ofType(Type type) {
    return ofType(type, new HashSet<>());
  }

  private static Vocabulary ofType(Type type, Set<Class<?>> visiting) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Iterable.class.isAssignableFrom(raw) && p.getActualTypeArguments().length == 1) {
        return new Vocabulary.ListOf(ofType(p.getActualTypeArguments()[0], visiting));
      }
      return Vocabulary.ANY;
    }
    if (!(type instanceof Class<?> c)) {
      return Vocabulary.ANY;
    }
    if (c == String.class || c == char.class || c == Character.class) {
      return new Vocabulary.Value(ValueType.TEXT);
    }
    if (c == int.class
        || c == long.class
        || c == short.class
        || c == Integer.class
        || c == Long.class
        || c == Short.class
        || c == BigInteger.class) {
      return new Vocabulary.Value(ValueType.INTEGER);
    }
    if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class) {
      return new Vocabulary.Value(ValueType.DECIMAL);
    }
    if (c == LocalDate.class) {
      return new Vocabulary.Value(ValueType.DATE);
    }
    if (c == boolean.class || c == Boolean.class) {
      return new Vocabulary.Value(ValueType.BOOLEAN);
    }
    if (c.isEnum() || Labeled.class.isAssignableFrom(c)) {
      return new Vocabulary.Value(ValueType.CHOICE);
    }
    if (c == Image.class) {
      return new Vocabulary.ImageValue();
    }
    if (c.isRecord() && !visiting.contains(c)) {
      Set<Class<?>> inner = new HashSet<>(visiting);
      inner.add(c);
      Map<String, Vocabulary> members = new LinkedHashMap<>();
      for (RecordComponent rc : c.getRecordComponents()) {
        members.put(rc.getName(), ofType(rc.getGenericType(), inner));
      }
      for (Method m : c.getMethods()) {
        if (m.isAnnotationPresent(Computed.class)
            && m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())) {
          members.put(m.getName(), ofType(m.getGenericReturnType(), inner));
        }
      }
      return new Vocabulary.Members(members);
    }
    return Vocabulary.ANY;
  }
}
