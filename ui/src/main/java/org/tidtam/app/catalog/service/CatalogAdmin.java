package org.tidtam.app.catalog.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.catalog.service.ImportPreview.Change;
import org.tidtam.app.catalog.service.ImportPreview.Row;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.app.sheets.SheetReader;
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.AuditRepository;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;

/**
 * Catalog administration for policy-and-plan staff and administrators (everyone else is refused
 * here, not only on the screen): the lists, import with a preview that saves nothing, the save of a
 * file without errors in one transaction, items added, changed, retired (an item a submission uses
 * is never deleted) and a fiscal year copied to the next. Every change is audited.
 */
@Service
@Transactional
public class CatalogAdmin {

  private static final Set<Role> KEEPERS = Set.of(Role.PLANNER, Role.ADMIN);

  private final CatalogStore store;
  private final AuditRepository audit;
  private final Clock clock;

  CatalogAdmin(CatalogStore store, AuditRepository audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the actor keeps the catalog. */
  public static boolean keeps(Actor actor) {
    return KEEPERS.contains(actor.role());
  }

  private static void check(Actor actor) {
    if (!keeps(actor)) {
      throw new CatalogException(Message.of("tidtam.app.catalog.denied"));
    }
  }

  @Transactional(readOnly = true)
  public List<Integer> fiscalYears(Actor actor) {
    check(actor);
    return store.fiscalYears();
  }

  /** The items of a list (of the year, for a list of a fiscal year), retired ones included. */
  @Transactional(readOnly = true)
  public List<CatalogEntry> entries(Actor actor, CatalogList list, int fiscalYear) {
    check(actor);
    return store.entries(list, fiscalYear);
  }

  /**
   * Reads and checks a file; saves nothing.
   *
   * @throws SheetReader.UnreadableException when the file is too large, empty or not a sheet
   */
  @Transactional(readOnly = true)
  public ImportPreview preview(
      Actor actor, CatalogList list, int fiscalYear, String fileName, InputStream content) {
    check(actor);
    return checker(list, fiscalYear).check(fileName, SheetReader.read(fileName, content));
  }

  /**
   * Saves a previewed file after checking it again against the catalog of now, in one transaction:
   * new and changed items written, items the file leaves out retired. Audited.
   *
   * @throws CatalogException when the file has errors now
   */
  public ImportPreview save(Actor actor, ImportPreview preview) {
    check(actor);
    CatalogList list = preview.list();
    int year = preview.fiscalYear();
    ImportPreview now = checker(list, year).check(preview.fileName(), preview.table());
    if (now.hasErrors()) {
      throw new CatalogException(Message.of("tidtam.app.catalog.import.hasErrors"));
    }
    int position = 0;
    for (Row row : now.rows()) {
      if (row.change() != Change.UNCHANGED || list != CatalogList.PROJECTS) {
        store.upsert(list, year, row.values(), position);
      }
      position++;
    }
    now.retired().forEach(code -> store.retire(list, year, code, true));
    record(
        actor,
        AuditAction.CATALOG_IMPORT,
        Message.of(
            "tidtam.app.catalog.audit.import",
            "list",
            list.label().in(Lang.TH),
            "year",
            list.perYear() ? Integer.toString(year) : "-",
            "file",
            now.fileName(),
            "added",
            now.count(Change.NEW),
            "changed",
            now.count(Change.CHANGED),
            "unchanged",
            now.count(Change.UNCHANGED),
            "retired",
            now.retired().size()));
    store.changed();
    return now;
  }

  /**
   * Checks one item entered on the screen and saves it when it has no errors; returns the checked
   * row (with its problems when it was not saved).
   */
  public Row save(
      Actor actor, CatalogList list, int fiscalYear, Map<String, String> cells, boolean adding) {
    check(actor);
    Row row = checker(list, fiscalYear).item(cells, adding);
    if (row.hasErrors()) {
      return row;
    }
    int position =
        adding
            ? store.entries(list, fiscalYear).size()
            : positionOf(list, fiscalYear, row.values().get("code"));
    store.upsert(list, fiscalYear, row.values(), position);
    record(
        actor,
        AuditAction.CATALOG_CHANGE,
        Message.of(
            adding ? "tidtam.app.catalog.audit.add" : "tidtam.app.catalog.audit.edit",
            "list",
            list.label().in(Lang.TH),
            "code",
            row.values().get("code")));
    store.changed();
    return row;
  }

  private int positionOf(CatalogList list, int fiscalYear, String code) {
    List<CatalogEntry> entries = store.entries(list, fiscalYear);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).code().equals(code)) {
        return i;
      }
    }
    return entries.size();
  }

  /** Retires an item (kept for the reports that use it, no longer offered) or brings it back. */
  public void retire(Actor actor, CatalogList list, int fiscalYear, String code, boolean retired) {
    check(actor);
    store.retire(list, fiscalYear, code, retired);
    record(
        actor,
        AuditAction.CATALOG_CHANGE,
        Message.of(
            retired ? "tidtam.app.catalog.audit.retire" : "tidtam.app.catalog.audit.restore",
            "list",
            list.label().in(Lang.TH),
            "code",
            code));
    store.changed();
  }

  /**
   * Deletes an item no submission uses.
   *
   * @throws CatalogException when a submission or another item uses it: retire it instead
   */
  public void delete(Actor actor, CatalogList list, int fiscalYear, String code) {
    check(actor);
    int uses = store.uses(list, code);
    if (uses > 0) {
      throw new CatalogException(
          Message.of("tidtam.app.catalog.inUse", "code", code, "uses", uses));
    }
    store.delete(list, fiscalYear, code);
    record(
        actor,
        AuditAction.CATALOG_CHANGE,
        Message.of(
            "tidtam.app.catalog.audit.delete", "list", list.label().in(Lang.TH), "code", code));
    store.changed();
  }

  /**
   * Copies the policies, strategies, indicators and projects of a fiscal year to the next, with the
   * year in their codes changed ({@code KBI-2569-1.1} becomes {@code KBI-2570-1.1}; a code without
   * the year gets {@code -2570} added).
   *
   * @return how many items were copied
   * @throws CatalogException when the next year already has items of these lists
   */
  public int copyYear(Actor actor, int from) {
    check(actor);
    int to = from + 1;
    List<CatalogList> lists =
        List.of(
            CatalogList.POLICIES,
            CatalogList.STRATEGIES,
            CatalogList.INDICATORS,
            CatalogList.PROJECTS);
    for (CatalogList list : lists) {
      if (!store.entries(list, to).isEmpty()) {
        throw new CatalogException(
            Message.of(
                "tidtam.app.catalog.copy.exists", "year", to, "list", list.label().in(Lang.TH)));
      }
    }
    int copied = 0;
    Set<String> taken = new HashSet<>();
    for (CatalogList list : lists) {
      store.entries(list, 0).forEach(e -> taken.add(e.code()));
    }
    for (CatalogList list : lists) {
      int position = 0;
      for (CatalogEntry e : store.entries(list, from)) {
        if (e.retired()) {
          continue;
        }
        Map<String, String> values =
            new java.util.LinkedHashMap<>(CatalogStore.comparable(list, e));
        values.put("code", nextCode(e.code(), from));
        if (list != CatalogList.PROJECTS && taken.contains(values.get("code"))) {
          throw new CatalogException(
              Message.of("tidtam.app.catalog.copy.codeTaken", "code", values.get("code")));
        }
        if (list == CatalogList.INDICATORS) {
          values.put("strategy", nextCode(values.get("strategy"), from));
        }
        store.upsert(list, to, values, position++);
        copied++;
      }
    }
    store.addYear(to);
    record(
        actor,
        AuditAction.CATALOG_COPY_YEAR,
        Message.of("tidtam.app.catalog.audit.copy", "from", from, "to", to, "count", copied));
    store.changed();
    return copied;
  }

  static String nextCode(String code, int from) {
    String year = Integer.toString(from);
    return code.contains(year)
        ? code.replace(year, Integer.toString(from + 1))
        : code + "-" + (from + 1);
  }

  /** A list as a sheet: Thai headers (the import's), values as the screen shows them. */
  @Transactional(readOnly = true)
  public Sheet sheet(Actor actor, CatalogList list, int fiscalYear, Lang lang) {
    check(actor);
    List<String> headers = list.columns().stream().map(c -> c.header(lang)).toList();
    List<List<?>> rows = new ArrayList<>();
    for (CatalogEntry e : store.entries(list, fiscalYear)) {
      if (e.retired()) {
        continue;
      }
      List<Object> row = new ArrayList<>();
      for (CatalogColumn c : list.columns()) {
        String v = e.get(c.key());
        row.add(
            switch (c.type()) {
              case TEXT -> display(c, v, lang);
              case INTEGER -> v.isEmpty() ? null : Long.valueOf(v);
              case DECIMAL -> v.isEmpty() ? null : new java.math.BigDecimal(v);
            });
      }
      rows.add(row);
    }
    String title =
        list.label().in(lang)
            + (list.perYear()
                ? (lang == Lang.TH ? " ปีงบประมาณ " : " fiscal year ") + fiscalYear
                : "");
    return new Sheet(list.label().in(lang), title, headers, rows);
  }

  /** The list as CSV, UTF-8 with a byte-order mark so that Excel reads the Thai. */
  @Transactional(readOnly = true)
  public byte[] csv(Actor actor, CatalogList list, int fiscalYear, Lang lang) {
    Sheet sheet = sheet(actor, list, fiscalYear, lang);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      printer.printRecord(sheet.headers());
      for (List<?> row : sheet.rows()) {
        printer.printRecord(
            row.stream()
                .map(
                    v ->
                        v instanceof java.math.BigDecimal d
                            ? d.toPlainString()
                            : v == null ? "" : v.toString())
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A canonical value as people read it: enum names as their labels. */
  public static String display(CatalogColumn column, String value, Lang lang) {
    if (value.isEmpty()) {
      return value;
    }
    return switch (column.key()) {
      case "size" -> SchoolSize.valueOf(value).label().in(lang);
      case "direction" -> Direction.valueOf(value).label().in(lang);
      case "kind" -> ReferenceKind.valueOf(value).label().in(lang);
      default -> value;
    };
  }

  private ImportCheck checker(CatalogList list, int fiscalYear) {
    Set<String> groups = new java.util.LinkedHashSet<>();
    store.entries(CatalogList.GROUPS, 0).stream()
        .filter(e -> !e.retired())
        .forEach(e -> groups.add(e.code()));
    Set<String> strategies = new HashSet<>();
    store.entries(CatalogList.STRATEGIES, fiscalYear).stream()
        .filter(e -> !e.retired())
        .forEach(e -> strategies.add(e.code()));
    return new ImportCheck(
        list,
        fiscalYear,
        new ImportCheck.Known(
            store.entries(list, 0),
            new java.util.LinkedHashSet<>(store.districts()),
            groups,
            strategies));
  }

  private void record(Actor actor, AuditAction action, Message what) {
    audit.save(AuditEntry.ofOffice(action, actor.username(), clock.instant(), what.in(Lang.TH)));
  }
}
