package org.tidtam.form;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * Reads the conventional fields {@code fiscalYear}, {@code round} and group codes of any form
 * record by name, so that the host can sort submissions without knowing their record types.
 */
final class RecordValues {

  private RecordValues() {}

  static Optional<Integer> fiscalYear(Record form) {
    return switch (value(form, "fiscalYear")) {
      case Integer i -> Optional.of(i);
      case Number n -> Optional.of(n.intValue());
      case FiscalYear y -> Optional.of(y.be());
      case null, default -> Optional.empty();
    };
  }

  static Optional<Round> round(Record form) {
    return switch (value(form, "round")) {
      case Round r -> Optional.of(r);
      case Enum<?> e -> roundNamed(e.name());
      case String s -> roundNamed(s);
      case null, default -> Optional.empty();
    };
  }

  /** The filing of a record with the fields {@code fiscalYear}, {@code round} and {@code unit}. */
  static Optional<Filing> filing(Record form, String unitField) {
    return Filing.of(
        fiscalYear(form).orElse(null),
        round(form).orElse(null),
        text(form, unitField).orElse(null));
  }

  static Optional<String> text(Record form, String name) {
    return value(form, name) instanceof String s && !s.isBlank()
        ? Optional.of(s)
        : Optional.empty();
  }

  private static Optional<Round> roundNamed(String name) {
    try {
      return Optional.of(Round.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static @Nullable Object value(Record form, String name) {
    for (RecordComponent rc : form.getClass().getRecordComponents()) {
      if (rc.getName().equals(name)) {
        try {
          rc.getAccessor().setAccessible(true);
          return rc.getAccessor().invoke(form);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
          throw new IllegalStateException(
              "cannot read " + name + " of " + form.getClass().getName(), e);
        }
      }
    }
    return null;
  }
}
