package org.tidtam.form;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A copy of a record with some components replaced by name, e.g. a plugin's sample made into the
 * demo submission of another unit: {@code RecordCopy.of(sample).with("unitCode", code).build()}.
 * The copy goes through the record's canonical constructor, so its normalisation applies; a name
 * the record does not have is an error at once rather than a silently unchanged field.
 *
 * @param <R> the record type
 */
public final class RecordCopy<R extends Record> {

  private final R original;
  private final Map<String, @Nullable Object> changes = new LinkedHashMap<>();

  private RecordCopy(R original) {
    this.original = original;
  }

  /** Starts a copy of a record. */
  public static <R extends Record> RecordCopy<R> of(R original) {
    return new RecordCopy<>(original);
  }

  /**
   * Replaces one component.
   *
   * @throws IllegalArgumentException when the record has no component of that name
   */
  public RecordCopy<R> with(String component, @Nullable Object value) {
    boolean known =
        Arrays.stream(original.getClass().getRecordComponents())
            .anyMatch(rc -> rc.getName().equals(component));
    if (!known) {
      throw new IllegalArgumentException(
          original.getClass().getSimpleName() + " has no component " + component);
    }
    changes.put(component, value);
    return this;
  }

  /** The copy with the replaced components. */
  @SuppressWarnings("unchecked")
  public R build() {
    Class<?> type = original.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent rc = components[i];
        types[i] = rc.getType();
        if (changes.containsKey(rc.getName())) {
          values[i] = changes.get(rc.getName());
        } else {
          rc.getAccessor().setAccessible(true);
          values[i] = rc.getAccessor().invoke(original);
        }
      }
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return (R) constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot copy " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + type.getName(), e);
    }
  }
}
