package org.tidtam.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.ThaiNumbers;

/**
 * A table of figures as every output shows it: a title, the column headers, the rows and an
 * optional row of totals. A cell is a {@link String} (a code or a name as typed), a {@link
 * LocalizedText} (a label in Thai and English), an {@link Integer} (a count), a {@link BigDecimal}
 * (money, a mean or a percentage, with 2 decimals) or {@code null} (nothing to show, printed "–").
 *
 * @param id a short name, unique among the tables of a set (e.g. {@code completeness}), for element
 *     ids and sheet names
 * @param totals the totals row, as long as the headers, or null when the rows have no total
 */
public record FigureTable(
    String id,
    LocalizedText title,
    List<LocalizedText> headers,
    List<List<@Nullable Object>> rows,
    @Nullable List<@Nullable Object> totals) {

  public FigureTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    rows = rows.stream().map(FigureTable::row).toList();
    totals = totals == null ? null : row(totals);
    for (List<@Nullable Object> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            id + ": a row of " + row.size() + " cells under " + headers.size() + " headers");
      }
    }
    if (totals != null && totals.size() != headers.size()) {
      throw new IllegalArgumentException(id + ": the totals row does not fit the headers");
    }
  }

  private static List<@Nullable Object> row(List<? extends @Nullable Object> cells) {
    for (Object cell : cells) {
      if (cell != null
          && !(cell instanceof String
              || cell instanceof LocalizedText
              || cell instanceof Integer
              || cell instanceof BigDecimal)) {
        throw new IllegalArgumentException("not a figure cell: " + cell.getClass());
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(cells));
  }

  /** The headers in a language. */
  public List<String> headers(Lang lang) {
    return headers.stream().map(h -> h.in(lang)).toList();
  }

  /**
   * A cell's value for a spreadsheet: labels in the language, numbers kept as numbers, null for an
   * empty cell.
   */
  public static @Nullable Object value(@Nullable Object cell, Lang lang) {
    return cell instanceof LocalizedText text ? text.in(lang) : cell;
  }

  /**
   * A cell as printed: counts and amounts with thousands separators, decimals with two places, a
   * label in the language, "–" for nothing.
   */
  public static String text(@Nullable Object cell, Lang lang) {
    return switch (cell) {
      case null -> "–";
      case LocalizedText t -> t.in(lang);
      case Integer i -> ThaiNumbers.integer(i);
      case BigDecimal d -> ThaiNumbers.decimal(d, 2);
      default -> cell.toString();
    };
  }
}
