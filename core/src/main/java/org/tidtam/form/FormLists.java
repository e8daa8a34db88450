package org.tidtam.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Copies for the compact constructors of form records, where a draft's lists may be missing or hold
 * empty items: what is missing becomes an empty list, and empty items of a text list are kept so
 * that validation reports them at their index ({@code objectives[0]}) instead of the record failing
 * to build.
 */
public final class FormLists {
  private FormLists() {}

  /** An unmodifiable copy of a table's rows or a choice list; a missing list is empty. */
  public static <T> List<T> rows(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** An unmodifiable copy of a list of texts that keeps empty (null) items. */
  public static List<@Nullable String> texts(@Nullable List<@Nullable String> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
