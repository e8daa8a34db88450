package org.tidtam.report;

import java.util.List;

/**
 * A table of the report.
 *
 * @param caption what follows "ตารางที่ n", e.g. "จำนวนสถานศึกษา จำแนกตามอำเภอและขนาด"
 * @param headerRows the heading rows, repeated at the top of each page
 * @param rows the body rows; every row has as many cells as the first header row
 * @param numericColumns the columns (from 0) whose cells are numbers: right-aligned
 */
public record ReportTable(
    String caption,
    List<List<String>> headerRows,
    List<List<String>> rows,
    List<Integer> numericColumns) {

  public ReportTable {
    headerRows = headerRows.stream().map(List::copyOf).toList();
    rows = rows.stream().map(List::copyOf).toList();
    numericColumns = List.copyOf(numericColumns);
    if (headerRows.isEmpty()) {
      throw new IllegalArgumentException("a report table needs a header row");
    }
    int columns = headerRows.getFirst().size();
    for (List<String> row : rows) {
      if (row.size() != columns) {
        throw new IllegalArgumentException(
            "table \"" + caption + "\": a row has " + row.size() + " cells, the header " + columns);
      }
    }
  }

  /** A table with one header row and no numeric columns. */
  public static ReportTable of(String caption, List<String> header, List<List<String>> rows) {
    return new ReportTable(caption, List.of(header), rows, List.of());
  }

  /** The number of columns. */
  public int columns() {
    return headerRows.getFirst().size();
  }
}
