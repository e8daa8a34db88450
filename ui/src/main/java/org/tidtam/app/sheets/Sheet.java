package org.tidtam.app.sheets;

import java.util.List;
import java.util.Objects;

/**
 * One worksheet: a name (Excel allows 31 characters, no {@code []:*?/\}), a title row above the
 * table (may be empty), the column headers and the rows. A cell is a {@link String}, a {@link
 * Number} (kept as a number, integers without decimals and other numbers with two), a {@link
 * java.time.LocalDate} (written as a Thai date, Buddhist era) or {@code null} (an empty cell).
 */
public record Sheet(String name, String title, List<String> headers, List<List<?>> rows) {

  public Sheet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    rows =
        rows.stream()
            .<List<?>>map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
            .toList();
  }
}
