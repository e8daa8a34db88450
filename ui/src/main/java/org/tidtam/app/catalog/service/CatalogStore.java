package org.tidtam.app.catalog.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.Office;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.Project;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.School;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.catalog.Strategy;
import org.tidtam.i18n.LocalizedText;

/**
 * The catalog in the database. {@link #current()} is the immutable {@link Catalog} of the items in
 * use (retired ones left out), built once and rebuilt after a change commits: the editor and the
 * checks read it on every keystroke. Writes go through {@link CatalogAdmin}, which checks roles and
 * audits; this class only reads and writes rows.
 */
@Component
public class CatalogStore {

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final boolean demo;
  private final Catalog seedCatalog;
  private volatile @Nullable Catalog current;

  CatalogStore(JdbcClient jdbc, TransactionTemplate transactions, CatalogSeed seed) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.demo = seed.demo();
    this.seedCatalog = seed.catalog();
  }

  /** The catalog of the items in use; on the first call of a new database, seeds it. */
  public Catalog current() {
    Catalog c = current;
    if (c == null) {
      synchronized (this) {
        c = current;
        if (c == null) {
          c = transactions.execute(status -> seedIfNew());
          current = c;
        }
      }
    }
    return java.util.Objects.requireNonNull(c);
  }

  /** Rebuilds {@link #current()} after the running transaction commits (at once without one). */
  public void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              current = null;
            }
          });
    }
    current = null;
  }

  private Catalog seedIfNew() {
    int offices = jdbc.sql("select count(*) from catalog_office").query(Integer.class).single();
    if (offices == 0) {
      seed(seedCatalog, demo);
    }
    return load();
  }

  /**
   * Writes a whole catalog into empty tables: the office and districts always (they are the
   * office's facts), the lists only when {@code lists} is true (the demo data).
   */
  void seed(Catalog catalog, boolean lists) {
    Office o = catalog.office();
    jdbc.sql(
            "insert into catalog_office (code, name_th, name_en, short_name_th, short_name_en,"
                + " province, demo) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            o.code(),
            o.name().th(),
            o.name().en(),
            o.shortName().th(),
            o.shortName().en(),
            o.province(),
            lists && catalog.demo())
        .update();
    int n = 0;
    for (String d : catalog.districts()) {
      jdbc.sql("insert into catalog_district (name, position) values (?, ?)")
          .params(d, n++)
          .update();
    }
    if (!lists) {
      return;
    }
    catalog.fiscalYears().forEach(this::addYear);
    n = 0;
    for (OrgGroup g : catalog.groups()) {
      upsert(CatalogList.GROUPS, 0, values(g), n++);
    }
    n = 0;
    for (School s : catalog.schools()) {
      upsert(CatalogList.SCHOOLS, 0, values(s), n++);
    }
    n = 0;
    for (PolicyItem p : catalog.policies()) {
      upsert(CatalogList.POLICIES, p.fiscalYear(), values(p), n++);
    }
    n = 0;
    for (Strategy s : catalog.strategies()) {
      upsert(CatalogList.STRATEGIES, s.fiscalYear(), values(s), n++);
    }
    n = 0;
    for (Indicator i : catalog.indicators()) {
      upsert(CatalogList.INDICATORS, i.fiscalYear(), values(i), n++);
    }
    n = 0;
    for (Project p : catalog.projects()) {
      upsert(CatalogList.PROJECTS, p.fiscalYear(), values(p), n++);
    }
  }

  /** Reads the catalog of the items in use. */
  Catalog load() {
    Office office =
        jdbc.sql("select * from catalog_office")
            .query(
                (rs, i) ->
                    new Office(
                        rs.getString("code"),
                        LocalizedText.of(rs.getString("name_th"), rs.getString("name_en")),
                        LocalizedText.of(
                            rs.getString("short_name_th"), rs.getString("short_name_en")),
                        rs.getString("province")))
            .optional()
            .orElse(new Office("", LocalizedText.of("", ""), LocalizedText.of("", ""), ""));
    boolean isDemo =
        jdbc.sql("select demo from catalog_office").query(Boolean.class).optional().orElse(false);
    return new Catalog(
        office,
        isDemo,
        fiscalYears(),
        active(CatalogList.GROUPS, 0).stream()
            .map(e -> new OrgGroup(e.code(), text(e, "nameTh", "nameEn")))
            .toList(),
        active(CatalogList.SCHOOLS, 0).stream().map(CatalogStore::school).toList(),
        districts(),
        active(CatalogList.POLICIES, 0).stream()
            .map(
                e ->
                    new PolicyItem(
                        ReferenceKind.valueOf(e.get("kind")),
                        e.code(),
                        Integer.parseInt(e.get("fiscalYear")),
                        Integer.parseInt(e.get("number")),
                        text(e, "titleTh", "titleEn")))
            .toList(),
        active(CatalogList.STRATEGIES, 0).stream()
            .map(
                e ->
                    new Strategy(
                        e.code(),
                        Integer.parseInt(e.get("fiscalYear")),
                        Integer.parseInt(e.get("number")),
                        text(e, "titleTh", "titleEn")))
            .toList(),
        active(CatalogList.INDICATORS, 0).stream().map(CatalogStore::indicator).toList(),
        active(CatalogList.PROJECTS, 0).stream()
            .map(
                e ->
                    new Project(
                        e.code(),
                        Integer.parseInt(e.get("fiscalYear")),
                        e.get("name"),
                        e.get("owner"),
                        e.get("budget").isEmpty() ? null : new BigDecimal(e.get("budget"))))
            .toList());
  }

  private List<CatalogEntry> active(CatalogList list, int fiscalYear) {
    return entries(list, fiscalYear).stream().filter(e -> !e.retired()).toList();
  }

  public List<Integer> fiscalYears() {
    return jdbc.sql("select fiscal_year from catalog_fiscal_year order by fiscal_year")
        .query(Integer.class)
        .list();
  }

  public List<String> districts() {
    return jdbc.sql("select name from catalog_district order by position")
        .query(String.class)
        .list();
  }

  void addYear(int fiscalYear) {
    int known =
        jdbc.sql("select count(*) from catalog_fiscal_year where fiscal_year = ?")
            .param(fiscalYear)
            .query(Integer.class)
            .single();
    if (known == 0) {
      jdbc.sql("insert into catalog_fiscal_year (fiscal_year) values (?)")
          .param(fiscalYear)
          .update();
    }
  }

  /**
   * The items of a list, retired ones included, in list order; for a list of a fiscal year only
   * that year's (every year's with 0).
   */
  public List<CatalogEntry> entries(CatalogList list, int fiscalYear) {
    String year = list.perYear() && fiscalYear != 0 ? " where fiscal_year = " + fiscalYear : "";
    return switch (list) {
      case SCHOOLS ->
          jdbc.sql("select * from catalog_school order by position, code")
              .query(
                  (rs, i) ->
                      entry(
                          rs,
                          "code",
                          rs.getString("code"),
                          "name",
                          rs.getString("name"),
                          "district",
                          rs.getString("district"),
                          "size",
                          rs.getString("school_size"),
                          "students",
                          rs.getObject("students") == null ? "" : rs.getString("students")))
              .list();
      case GROUPS ->
          jdbc.sql("select * from catalog_group order by position, code")
              .query(
                  (rs, i) ->
                      entry(
                          rs,
                          "code",
                          rs.getString("code"),
                          "nameTh",
                          rs.getString("name_th"),
                          "nameEn",
                          rs.getString("name_en")))
              .list();
      case POLICIES ->
          jdbc.sql("select * from catalog_policy" + year + " order by fiscal_year, position, code")
              .query(
                  (rs, i) ->
                      entry(
                          rs,
                          "fiscalYear",
                          rs.getString("fiscal_year"),
                          "kind",
                          rs.getString("kind"),
                          "code",
                          rs.getString("code"),
                          "number",
                          rs.getString("number"),
                          "titleTh",
                          rs.getString("title_th"),
                          "titleEn",
                          rs.getString("title_en")))
              .list();
      case STRATEGIES ->
          jdbc.sql(
                  "select * from catalog_strategy" + year + " order by fiscal_year, position, code")
              .query(
                  (rs, i) ->
                      entry(
                          rs,
                          "fiscalYear",
                          rs.getString("fiscal_year"),
                          "code",
                          rs.getString("code"),
                          "number",
                          rs.getString("number"),
                          "titleTh",
                          rs.getString("title_th"),
                          "titleEn",
                          rs.getString("title_en")))
              .list();
      case INDICATORS ->
          jdbc.sql(
                  "select * from catalog_indicator"
                      + year
                      + " order by fiscal_year, position, code")
              .query(
                  (rs, i) ->
                      entry(
                          rs,
                          "fiscalYear",
                          rs.getString("fiscal_year"),
                          "code",
                          rs.getString("code"),
                          "strategy",
                          rs.getString("strategy_code"),
                          "titleTh",
                          rs.getString("title_th"),
                          "titleEn",
                          rs.getString("title_en"),
                          "unit",
                          rs.getString("unit"),
                          "target",
                          plain(rs.getBigDecimal("target")),
                          "targetNote",
                          rs.getString("target_note"),
                          "direction",
                          rs.getString("direction"),
                          "owner",
                          rs.getString("owner_group")))
              .list();
      case PROJECTS ->
          jdbc.sql("select * from monitoring_project" + year + " order by fiscal_year, id")
              .query(
                  (rs, i) ->
                      entry(
                          rs,
                          "fiscalYear",
                          rs.getString("fiscal_year"),
                          "code",
                          rs.getString("code"),
                          "name",
                          rs.getString("name"),
                          "owner",
                          rs.getString("group_code"),
                          "budget",
                          plain(rs.getBigDecimal("budget"))))
              .list();
    };
  }

  /** Inserts or updates an item (by code); an updated item is in use again. */
  void upsert(CatalogList list, int fiscalYear, Map<String, String> v, int position) {
    String where = list == CatalogList.PROJECTS ? " and fiscal_year = " + fiscalYear : "";
    boolean exists =
        jdbc.sql("select count(*) from " + table(list) + " where code = ?" + where)
                .param(v.get("code"))
                .query(Integer.class)
                .single()
            > 0;
    String sql =
        switch (list) {
          case SCHOOLS ->
              exists
                  ? "update catalog_school set name = :name, district = :district,"
                      + " school_size = :size, students = :students, position = :position,"
                      + " retired = false where code = :code"
                  : "insert into catalog_school (code, name, district, school_size, students,"
                      + " position) values (:code, :name, :district, :size, :students, :position)";
          case GROUPS ->
              exists
                  ? "update catalog_group set name_th = :nameTh, name_en = :nameEn,"
                      + " position = :position, retired = false where code = :code"
                  : "insert into catalog_group (code, name_th, name_en, position)"
                      + " values (:code, :nameTh, :nameEn, :position)";
          case POLICIES ->
              exists
                  ? "update catalog_policy set fiscal_year = :fiscalYear, kind = :kind,"
                      + " number = :number, title_th = :titleTh, title_en = :titleEn,"
                      + " position = :position, retired = false where code = :code"
                  : "insert into catalog_policy (code, fiscal_year, kind, number, title_th,"
                      + " title_en, position) values (:code, :fiscalYear, :kind, :number,"
                      + " :titleTh, :titleEn, :position)";
          case STRATEGIES ->
              exists
                  ? "update catalog_strategy set fiscal_year = :fiscalYear, number = :number,"
                      + " title_th = :titleTh, title_en = :titleEn, position = :position,"
                      + " retired = false where code = :code"
                  : "insert into catalog_strategy (code, fiscal_year, number, title_th, title_en,"
                      + " position) values (:code, :fiscalYear, :number, :titleTh, :titleEn,"
                      + " :position)";
          case INDICATORS ->
              exists
                  ? "update catalog_indicator set fiscal_year = :fiscalYear,"
                      + " strategy_code = :strategy, title_th = :titleTh, title_en = :titleEn,"
                      + " unit = :unit, target = :target, target_note = :targetNote,"
                      + " direction = :direction, owner_group = :owner, position = :position,"
                      + " retired = false where code = :code"
                  : "insert into catalog_indicator (code, fiscal_year, strategy_code, title_th,"
                      + " title_en, unit, target, target_note, direction, owner_group, position)"
                      + " values (:code, :fiscalYear, :strategy, :titleTh, :titleEn, :unit,"
                      + " :target, :targetNote, :direction, :owner, :position)";
          case PROJECTS ->
              exists
                  ? "update monitoring_project set name = :name, group_code = :owner,"
                      + " budget = :budget, retired = false"
                      + " where code = :code and fiscal_year = :fiscalYear"
                  : "insert into monitoring_project (fiscal_year, code, name, group_code, budget)"
                      + " values (:fiscalYear, :code, :name, :owner, :budget)";
        };
    JdbcClient.StatementSpec spec = jdbc.sql(sql).param("position", position);
    spec = spec.param("fiscalYear", fiscalYear);
    for (CatalogColumn column : list.columns()) {
      String value = v.getOrDefault(column.key(), "");
      Object param =
          switch (column.type()) {
            case TEXT -> value.isEmpty() && !column.required() ? nullable(list, column) : value;
            case INTEGER -> value.isEmpty() ? null : Integer.valueOf(value);
            case DECIMAL -> value.isEmpty() ? null : new BigDecimal(value);
          };
      spec = spec.param(column.key(), param);
    }
    spec.update();
    if (list.perYear()) {
      addYear(fiscalYear);
    }
  }

  /** Optional text columns stored as null, except the English names (not null, "" when none). */
  private static @Nullable String nullable(CatalogList list, CatalogColumn column) {
    return column.key().endsWith("En") ? "" : null;
  }

  /** Retires an item or brings it back (a project in its fiscal year: codes repeat by year). */
  void retire(CatalogList list, int fiscalYear, String code, boolean retired) {
    if (list == CatalogList.PROJECTS) {
      jdbc.sql("update monitoring_project set retired = ? where code = ? and fiscal_year = ?")
          .params(retired, code, fiscalYear)
          .update();
    } else {
      jdbc.sql("update " + table(list) + " set retired = ? where code = ?")
          .params(retired, code)
          .update();
    }
  }

  void delete(CatalogList list, int fiscalYear, String code) {
    if (list == CatalogList.PROJECTS) {
      jdbc.sql("delete from monitoring_project where code = ? and fiscal_year = ?")
          .params(code, fiscalYear)
          .update();
    } else {
      jdbc.sql("delete from " + table(list) + " where code = ?").param(code).update();
    }
  }

  /**
   * How many submissions use a code: as their filing unit (schools, groups) or anywhere in their
   * JSON as a quoted value (indicators, strategies, policies, projects).
   */
  int uses(CatalogList list, String code) {
    if (list == CatalogList.SCHOOLS || list == CatalogList.GROUPS) {
      int filed =
          jdbc.sql("select count(*) from submission where unit_code = ?")
              .param(code)
              .query(Integer.class)
              .single();
      if (list == CatalogList.SCHOOLS || filed > 0) {
        return filed;
      }
      return jdbc.sql("select count(*) from catalog_indicator where owner_group = ?")
              .param(code)
              .query(Integer.class)
              .single()
          + jdbc.sql("select count(*) from monitoring_project where group_code = ?")
              .param(code)
              .query(Integer.class)
              .single();
    }
    int inDocuments =
        jdbc.sql("select count(*) from submission where document like ? escape '!'")
            .param("%\"" + likeEscaped(code) + "\"%")
            .query(Integer.class)
            .single();
    if (list == CatalogList.STRATEGIES) {
      inDocuments +=
          jdbc.sql("select count(*) from catalog_indicator where strategy_code = ?")
              .param(code)
              .query(Integer.class)
              .single();
    }
    return inDocuments;
  }

  private static String likeEscaped(String code) {
    return code.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  static String table(CatalogList list) {
    return switch (list) {
      case SCHOOLS -> "catalog_school";
      case GROUPS -> "catalog_group";
      case POLICIES -> "catalog_policy";
      case STRATEGIES -> "catalog_strategy";
      case INDICATORS -> "catalog_indicator";
      case PROJECTS -> "monitoring_project";
    };
  }

  private static CatalogEntry entry(@Nullable ResultSet rs, @Nullable String... keysAndValues)
      throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String value = keysAndValues[i + 1];
      values.put(java.util.Objects.requireNonNull(keysAndValues[i]), value == null ? "" : value);
    }
    return new CatalogEntry(values, rs != null && rs.getBoolean("retired"));
  }

  private static String plain(@Nullable BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private static LocalizedText text(CatalogEntry e, String th, String en) {
    String english = e.get(en);
    return LocalizedText.of(e.get(th), english.isEmpty() ? e.get(th) : english);
  }

  private static School school(CatalogEntry e) {
    String size = e.get("size");
    String students = e.get("students");
    return new School(
        e.code(),
        e.get("name"),
        e.get("district"),
        size.isEmpty() ? null : SchoolSize.valueOf(size),
        students.isEmpty() ? null : Integer.valueOf(students));
  }

  private static Indicator indicator(CatalogEntry e) {
    String target = e.get("target");
    String note = e.get("targetNote");
    return new Indicator(
        e.code(),
        Integer.parseInt(e.get("fiscalYear")),
        e.get("strategy"),
        LocalizedText.of(
            e.get("titleTh"), e.get("titleEn").isEmpty() ? e.get("titleTh") : e.get("titleEn")),
        e.get("unit"),
        target.isEmpty() ? null : new BigDecimal(target),
        note.isEmpty() ? null : note,
        Direction.valueOf(e.get("direction")),
        e.get("owner"));
  }

  static Map<String, String> values(OrgGroup g) {
    return map("code", g.code(), "nameTh", g.name().th(), "nameEn", g.name().en());
  }

  static Map<String, String> values(Project p) {
    return map(
        "code",
        p.code(),
        "name",
        p.name(),
        "owner",
        p.ownerGroup(),
        "budget",
        p.budget() == null ? "" : p.budget().toPlainString());
  }

  static Map<String, String> values(School s) {
    return map(
        "code",
        s.code(),
        "name",
        s.name(),
        "district",
        s.district(),
        "size",
        s.size() == null ? "" : s.size().name(),
        "students",
        s.students() == null ? "" : s.students().toString());
  }

  static Map<String, String> values(PolicyItem p) {
    return map(
        "kind",
        p.kind().name(),
        "code",
        p.code(),
        "number",
        Integer.toString(p.number()),
        "titleTh",
        p.title().th(),
        "titleEn",
        p.title().en());
  }

  static Map<String, String> values(Strategy s) {
    return map(
        "code",
        s.code(),
        "number",
        Integer.toString(s.number()),
        "titleTh",
        s.title().th(),
        "titleEn",
        s.title().en());
  }

  static Map<String, String> values(Indicator i) {
    return map(
        "code",
        i.code(),
        "strategy",
        i.strategyCode(),
        "titleTh",
        i.title().th(),
        "titleEn",
        i.title().en(),
        "unit",
        i.unit(),
        "target",
        plain(i.target()),
        "targetNote",
        i.targetNote() == null ? "" : i.targetNote(),
        "direction",
        Direction.orDefault(i.direction()).name(),
        "owner",
        i.ownerGroup());
  }

  private static Map<String, String> map(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The list's item values without the fiscal year and retired flag, for comparing. */
  static Map<String, String> comparable(CatalogList list, CatalogEntry e) {
    Map<String, String> m = new LinkedHashMap<>();
    for (CatalogColumn c : list.columns()) {
      m.put(c.key(), e.get(c.key()));
    }
    return m;
  }

  static List<Map<String, String>> comparable(CatalogList list, List<CatalogEntry> entries) {
    List<Map<String, String>> out = new ArrayList<>();
    entries.forEach(e -> out.add(comparable(list, e)));
    return out;
  }
}
