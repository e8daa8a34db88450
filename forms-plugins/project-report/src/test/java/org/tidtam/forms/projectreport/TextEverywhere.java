package org.tidtam.forms.projectreport;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Copies a record tree with one text put into every {@code String} it holds (lists included). */
final class TextEverywhere {
  private TextEverywhere() {}

  @SuppressWarnings("unchecked")
  static <R extends Record> R fill(R record, String text) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        args[i] =
            replace(
                components[i].getAccessor().invoke(record), components[i].getGenericType(), text);
      }
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object replace(Object value, Type type, String text) {
    if (type == String.class) {
      return text;
    }
    if (value instanceof Record r && !(value instanceof org.tidtam.form.Image)) {
      return fill(r, text);
    }
    if (value instanceof List<?> list && type instanceof ParameterizedType p) {
      Type element = p.getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        out.add(replace(o, element, text));
      }
      if (out.isEmpty() && element == String.class) {
        out.add(text);
      }
      return out;
    }
    return value;
  }
}
