package org.tidtam.app.catalog.service;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Message;

/**
 * What an import would do, before anything is saved: every data row of the file with its values,
 * what it changes and its problems; the problems of the file as a whole; the items the file leaves
 * out (they would be retired). Saved only when {@link #hasErrors()} is false and the user confirms.
 *
 * @param table the file's cells as read, kept so that saving checks them again
 */
public record ImportPreview(
    CatalogList list,
    int fiscalYear,
    String fileName,
    List<List<String>> table,
    List<Row> rows,
    List<Problem> fileProblems,
    List<String> retired) {

  public ImportPreview {
    table = List.copyOf(table);
    rows = List.copyOf(rows);
    fileProblems = List.copyOf(fileProblems);
    retired = List.copyOf(retired);
  }

  /** What saving a row does. */
  public enum Change {
    NEW,
    CHANGED,
    UNCHANGED
  }

  /**
   * A problem at a row (its number in the file, 1 for the first line) and column (its header as the
   * file writes it; empty for the whole row or file). A warning does not stop the import.
   */
  public record Problem(int row, String column, Message message, boolean warning) {}

  /**
   * A data row: its values by column key, canonical (empty when the cell does not read), and its
   * change, null while it has errors.
   */
  public record Row(
      int number, Map<String, String> values, @Nullable Change change, List<Problem> problems) {

    public Row {
      values = Map.copyOf(values);
      problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(p -> !p.warning());
    }
  }

  public boolean hasErrors() {
    return fileProblems.stream().anyMatch(p -> !p.warning())
        || rows.stream().anyMatch(Row::hasErrors);
  }

  /** Every problem, the file's first, then row by row. */
  public List<Problem> problems() {
    return java.util.stream.Stream.concat(
            fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream()))
        .toList();
  }

  public long count(Change change) {
    return rows.stream().filter(r -> r.change() == change).count();
  }
}
