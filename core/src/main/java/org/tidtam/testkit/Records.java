package org.tidtam.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Copies of form records with one value changed, so that a plugin test can start from its sample
 * and break exactly one field or one table cell: {@code withRow(sample(), "activities", 2, "spent",
 * new BigDecimal("900"))}. The copy goes through the canonical constructor, so the record's own
 * normalising still runs.
 */
public final class Records {
  private Records() {}

  /** A copy of a record with one component replaced. */
  @SuppressWarnings("unchecked")
  public static <R extends Record> R with(R record, String component, @Nullable Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(component)) {
          args[i] = value;
          found = true;
        } else {
          Method accessor = components[i].getAccessor();
          accessor.setAccessible(true);
          args[i] = accessor.invoke(record);
        }
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass() + " has no component " + component);
      }
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return (R) constructor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a form with one cell of one table row replaced: {@code table[row].column}. */
  @SuppressWarnings("unchecked")
  public static <R extends Record> R withRow(
      R form, String table, int row, String column, @Nullable Object value) {
    try {
      Method accessor = form.getClass().getMethod(table);
      accessor.setAccessible(true);
      List<Record> rows = new ArrayList<>((List<Record>) accessor.invoke(form));
      rows.set(row, with(rows.get(row), column, value));
      return with(form, table, rows);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
