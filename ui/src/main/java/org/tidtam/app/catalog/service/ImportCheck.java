package org.tidtam.app.catalog.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.catalog.service.ImportPreview.Change;
import org.tidtam.app.catalog.service.ImportPreview.Problem;
import org.tidtam.app.catalog.service.ImportPreview.Row;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;
import org.tidtam.thai.ThaiDigits;

/**
 * Checks the rows of a catalog file against the list's columns and the catalog in the database: the
 * header (Thai or English names, none missing, none unknown or twice), then each row (required
 * cells, numbers that read as numbers, known levels, sizes and directions, codes once in the file
 * and not taken by a retired item or another year, known districts, groups and strategies).
 */
final class ImportCheck {

  private static final int HEADER_SEARCH_ROWS = 10;
  private static final Pattern CODE = Pattern.compile("\\S{1,50}");
  private static final Pattern SCHOOL_CODE = Pattern.compile("8101\\d{4}");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** What the file is checked against, read from the database. */
  record Known(
      List<CatalogEntry> all, Set<String> districts, Set<String> groups, Set<String> strategies) {}

  private final CatalogList list;
  private final int fiscalYear;
  private final Known known;

  ImportCheck(CatalogList list, int fiscalYear, Known known) {
    this.list = list;
    this.fiscalYear = fiscalYear;
    this.known = known;
  }

  ImportPreview check(String fileName, List<List<String>> table) {
    List<Problem> fileProblems = new ArrayList<>();
    int headerIndex = headerRow(table);
    if (table.stream().allMatch(List::isEmpty)) {
      fileProblems.add(problem(0, "", Message.of("tidtam.app.sheets.empty")));
      return new ImportPreview(
          list, fiscalYear, fileName, table, List.of(), fileProblems, List.of());
    }
    if (headerIndex < 0) {
      fileProblems.add(
          problem(1, "", Message.of("tidtam.app.catalog.import.noHeader", "columns", required())));
      return new ImportPreview(
          list, fiscalYear, fileName, table, List.of(), fileProblems, List.of());
    }
    List<String> header = table.get(headerIndex);
    CatalogColumn[] columns = new CatalogColumn[header.size()];
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isBlank()) {
        continue;
      }
      Optional<CatalogColumn> column =
          list.columns().stream().filter(k -> k.named(name)).findFirst();
      if (column.isEmpty()) {
        fileProblems.add(
            problem(
                headerIndex + 1,
                name,
                Message.of("tidtam.app.catalog.import.unknownColumn", "column", name)));
      } else if (!seen.add(column.get().key())) {
        fileProblems.add(
            problem(
                headerIndex + 1,
                name,
                Message.of("tidtam.app.catalog.import.columnTwice", "column", name)));
      } else {
        columns[c] = column.get();
      }
    }
    for (CatalogColumn column : list.columns()) {
      if (column.required() && !seen.contains(column.key())) {
        fileProblems.add(
            problem(
                headerIndex + 1,
                column.th(),
                Message.of("tidtam.app.catalog.import.missingColumn", "column", column.th())));
      }
    }
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    for (int r = headerIndex + 1; r < table.size(); r++) {
      List<String> cells = table.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(row(r + 1, cells, columns, header, codes));
    }
    if (rows.isEmpty()) {
      fileProblems.add(
          problem(headerIndex + 1, "", Message.of("tidtam.app.catalog.import.noRows")));
    }
    List<String> retired = new ArrayList<>();
    scope().stream()
        .filter(e -> !e.retired() && !codes.containsKey(e.code()))
        .forEach(e -> retired.add(e.code()));
    return new ImportPreview(list, fiscalYear, fileName, table, rows, fileProblems, retired);
  }

  /** One item entered on the screen, checked as a one-row file; adding refuses a taken code. */
  Row item(Map<String, String> cells, boolean adding) {
    List<String> header = list.columns().stream().map(CatalogColumn::th).toList();
    List<String> row = list.columns().stream().map(c -> cells.getOrDefault(c.key(), "")).toList();
    Row checked =
        row(1, row, list.columns().toArray(CatalogColumn[]::new), header, new HashMap<>());
    if (adding && checked.change() != null && checked.change() != Change.NEW) {
      List<Problem> problems = new ArrayList<>(checked.problems());
      problems.add(
          problem(
              1,
              column("code").th(),
              Message.of(
                  "tidtam.app.catalog.import.codeTaken", "code", checked.values().get("code"))));
      return new Row(1, checked.values(), null, problems);
    }
    return checked;
  }

  private Row row(
      int number,
      List<String> cells,
      @Nullable CatalogColumn[] columns,
      List<String> header,
      Map<String, Integer> codes) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    list.columns().forEach(c -> values.put(c.key(), ""));
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c).strip();
      if (c >= columns.length || (c >= header.size() && !cell.isEmpty())) {
        if (!cell.isEmpty()) {
          problems.add(
              problem(
                  number, "", Message.of("tidtam.app.catalog.import.extraCell", "value", cell)));
        }
        continue;
      }
      CatalogColumn column = columns[c];
      if (column == null) {
        continue;
      }
      String name = header.get(c);
      if (cell.isEmpty()) {
        if (column.required()) {
          problems.add(
              problem(
                  number, name, Message.of("tidtam.app.catalog.import.required", "column", name)));
        }
        continue;
      }
      read(column, cell)
          .ifPresentOrElse(
              v -> values.put(column.key(), v),
              () -> problems.add(problem(number, name, invalid(column, cell))));
    }
    for (int c = cells.size(); c < columns.length; c++) {
      CatalogColumn column = columns[c];
      if (column != null && column.required()) {
        problems.add(
            problem(
                number,
                header.get(c),
                Message.of("tidtam.app.catalog.import.required", "column", header.get(c))));
      }
    }
    references(number, values, problems);
    String code = values.get("code");
    if (!code.isEmpty()) {
      Integer first = codes.putIfAbsent(code, number);
      if (first != null) {
        problems.add(
            problem(
                number,
                column("code").th(),
                Message.of("tidtam.app.catalog.import.duplicate", "code", code, "row", first)));
      }
      codeElsewhere(code).ifPresent(m -> problems.add(problem(number, column("code").th(), m)));
    }
    boolean errors = problems.stream().anyMatch(p -> !p.warning());
    return new Row(number, values, errors ? null : change(values), problems);
  }

  private void references(int number, Map<String, String> v, List<Problem> problems) {
    switch (list) {
      case SCHOOLS -> {
        String code = v.get("code");
        if (!code.isEmpty() && !SCHOOL_CODE.matcher(code).matches()) {
          problems.add(
              new Problem(
                  number,
                  column("code").th(),
                  Message.of("tidtam.app.catalog.import.schoolCode", "code", code),
                  true));
        }
        String district = v.get("district");
        if (!district.isEmpty() && !known.districts().contains(district)) {
          problems.add(
              problem(
                  number,
                  column("district").th(),
                  Message.of(
                      "tidtam.app.catalog.import.district",
                      "district",
                      district,
                      "known",
                      String.join(", ", known.districts()))));
        }
      }
      case INDICATORS -> {
        group(number, v.get("owner"), problems);
        String strategy = v.get("strategy");
        if (!strategy.isEmpty() && !known.strategies().contains(strategy)) {
          problems.add(
              problem(
                  number,
                  column("strategy").th(),
                  Message.of(
                      "tidtam.app.catalog.import.strategy", "code", strategy, "year", fiscalYear)));
        }
        if (v.get("target").isEmpty() && v.get("targetNote").isEmpty()) {
          problems.add(
              problem(
                  number, column("target").th(), Message.of("tidtam.app.catalog.import.target")));
        }
        if (v.get("direction").isEmpty()) {
          v.put("direction", Direction.HIGHER_IS_BETTER.name());
        }
      }
      case PROJECTS -> group(number, v.get("owner"), problems);
      case GROUPS, POLICIES, STRATEGIES -> {}
    }
  }

  private void group(int number, String code, List<Problem> problems) {
    if (!code.isEmpty() && !known.groups().contains(code)) {
      problems.add(
          problem(
              number,
              column("owner").th(),
              Message.of(
                  "tidtam.app.catalog.import.group",
                  "code",
                  code,
                  "known",
                  String.join(", ", known.groups()))));
    }
  }

  /** A code a retired item holds, or an item of another fiscal year. */
  private Optional<Message> codeElsewhere(String code) {
    for (CatalogEntry e : known.all()) {
      if (!e.code().equals(code)) {
        continue;
      }
      boolean sameYear =
          !list.perYear() || e.get("fiscalYear").equals(Integer.toString(fiscalYear));
      if (!sameYear) {
        if (list == CatalogList.PROJECTS) {
          continue;
        }
        return Optional.of(
            Message.of(
                "tidtam.app.catalog.import.otherYear", "code", code, "year", e.get("fiscalYear")));
      }
      if (e.retired()) {
        return Optional.of(Message.of("tidtam.app.catalog.import.retiredCode", "code", code));
      }
    }
    return Optional.empty();
  }

  private Change change(Map<String, String> values) {
    return scope().stream()
        .filter(e -> e.code().equals(values.get("code")))
        .findFirst()
        .map(
            e ->
                CatalogStore.comparable(list, e).equals(values) ? Change.UNCHANGED : Change.CHANGED)
        .orElse(Change.NEW);
  }

  /** The items an import of this list replaces: the list, or the list of the year. */
  private List<CatalogEntry> scope() {
    return known.all().stream()
        .filter(e -> !list.perYear() || e.get("fiscalYear").equals(Integer.toString(fiscalYear)))
        .toList();
  }

  /** The canonical value of a cell, or empty when it does not read. */
  private Optional<String> read(CatalogColumn column, String cell) {
    return switch (column.type()) {
      case INTEGER ->
          number(cell)
              .filter(d -> d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0)
              .filter(
                  d -> d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)
              .map(d -> d.toBigInteger().toString());
      case DECIMAL ->
          number(cell)
              .filter(
                  d ->
                      d.stripTrailingZeros().scale() <= 2
                          && d.abs().compareTo(new BigDecimal("1e13")) < 0)
              .map(d -> d.stripTrailingZeros().toPlainString());
      case TEXT -> text(column, cell);
    };
  }

  private Optional<String> text(CatalogColumn column, String cell) {
    return switch (column.key()) {
      case "code" -> CODE.matcher(cell).matches() ? Optional.of(cell) : Optional.empty();
      case "size" -> label(SchoolSize.values(), cell);
      case "direction" -> label(Direction.values(), cell);
      case "kind" ->
          label(
              Arrays.stream(ReferenceKind.values())
                  .filter(ReferenceKind::policyLevel)
                  .toArray(ReferenceKind[]::new),
              cell);
      default ->
          cell.length() <= (column.key().startsWith("title") ? 2000 : 500)
              ? Optional.of(cell)
              : Optional.empty();
    };
  }

  /** An enum value by its name or its Thai or English label. */
  private static <E extends Enum<E> & Labeled> Optional<String> label(E[] values, String cell) {
    String wanted = cell.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values)
        .filter(
            e ->
                e.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || e.label().in(Lang.TH).toLowerCase(Locale.ROOT).equals(wanted)
                    || e.label().in(Lang.EN).toLowerCase(Locale.ROOT).equals(wanted))
        .map(Enum::name)
        .findFirst();
  }

  /** A number in Arabic or Thai digits, with or without thousands separators. */
  static Optional<BigDecimal> number(String cell) {
    String s = ThaiDigits.toArabic(cell.strip());
    if (GROUPED_NUMBER.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!PLAIN_NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s));
  }

  private Message invalid(CatalogColumn column, String cell) {
    String key =
        switch (column.type()) {
          case INTEGER -> "tidtam.app.catalog.import.notInteger";
          case DECIMAL -> "tidtam.app.catalog.import.notNumber";
          case TEXT ->
              switch (column.key()) {
                case "code" -> "tidtam.app.catalog.import.badCode";
                case "size" -> "tidtam.app.catalog.import.badSize";
                case "direction" -> "tidtam.app.catalog.import.badDirection";
                case "kind" -> "tidtam.app.catalog.import.badKind";
                default -> "tidtam.app.catalog.import.tooLong";
              };
        };
    return Message.of(key, "value", cell, "choices", choices(column));
  }

  private static String choices(CatalogColumn column) {
    Labeled[] values =
        switch (column.key()) {
          case "size" -> SchoolSize.values();
          case "direction" -> Direction.values();
          case "kind" ->
              Arrays.stream(ReferenceKind.values())
                  .filter(ReferenceKind::policyLevel)
                  .toArray(Labeled[]::new);
          default -> new Labeled[0];
        };
    return String.join(", ", Arrays.stream(values).map(v -> v.label().in(Lang.TH)).toList());
  }

  private int headerRow(List<List<String>> table) {
    int nonEmpty = 0;
    for (int r = 0; r < table.size() && nonEmpty < HEADER_SEARCH_ROWS; r++) {
      List<String> row = table.get(r);
      if (row.isEmpty()) {
        continue;
      }
      nonEmpty++;
      long named =
          row.stream().filter(h -> list.columns().stream().anyMatch(c -> c.named(h))).count();
      if (named >= 2 || (named == 1 && row.size() == 1)) {
        return r;
      }
    }
    return -1;
  }

  private String required() {
    return String.join(
        ", ",
        list.columns().stream().filter(CatalogColumn::required).map(CatalogColumn::th).toList());
  }

  private CatalogColumn column(String key) {
    return list.column(key).orElseThrow();
  }

  private static Problem problem(int row, String column, Message message) {
    return new Problem(row, column, message, false);
  }
}
