package org.tidtam.app.editor;

import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;

/** Reads a record's values, computed ones included, by the names the schema gives them. */
final class Records {

  private Records() {}

  /** The value of a component or a computed method; null when the method fails or is missing. */
  static @Nullable Object get(@Nullable Object record, String name) {
    if (record == null) {
      return null;
    }
    try {
      Method m = record.getClass().getMethod(name);
      return m.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
