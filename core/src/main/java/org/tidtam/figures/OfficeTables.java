package org.tidtam.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.School;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.IndicatorLine;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.form.SchoolFact.AwardLevel;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.Amounts;

/**
 * The tables of the office's background and achievements, from the catalog and the figures: the
 * schools and students by district and size, the learners' mean results against the targets, the
 * budget allocated by group and by source, the schools' awards by level, the indicators that
 * reached their targets and the projects completed with their whole budget spent. Only what the
 * catalog and the reports state: a school without a student count is counted apart, never guessed.
 */
public final class OfficeTables {

  static final LocalizedText NO_LEVEL = LocalizedText.of("ไม่ระบุระดับ", "Level not told");

  /** The English status 7.2 states for a project whose activities are all done. */
  static final String COMPLETED = "Completed";

  private OfficeTables() {}

  private static List<@Nullable Object> row(@Nullable Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** The catalog's schools the figures are about (the filter's district), in catalog order. */
  static List<School> schools(DashboardFigures f, Catalog catalog) {
    return catalog.schools().stream().filter(s -> f.filter().district(s.district())).toList();
  }

  /** The districts of the schools, the catalog's order first. */
  static List<String> districts(DashboardFigures f, Catalog catalog) {
    Set<String> districts = new LinkedHashSet<>(catalog.districts());
    catalog.schools().forEach(s -> districts.add(s.district()));
    List<School> schools = schools(f, catalog);
    return districts.stream()
        .filter(d -> schools.stream().anyMatch(s -> Objects.equals(s.district(), d)))
        .toList();
  }

  private static Map<String, SchoolFact> reports(DashboardFigures f) {
    Map<String, SchoolFact> reports = new LinkedHashMap<>();
    f.schoolReports().forEach(r -> reports.put(r.schoolCode(), r));
    return reports;
  }

  /** A school's size: the catalog's, else the one its report gives; null when neither does. */
  static @Nullable SchoolSize size(School school, Map<String, SchoolFact> reports) {
    if (school.size() != null) {
      return school.size();
    }
    SchoolFact report = reports.get(school.code());
    return report == null ? null : report.size();
  }

  /**
   * A school's students: the catalog's count (the data snapshot), else the count its report gives;
   * null when neither is known.
   */
  static @Nullable Integer students(School school, Map<String, SchoolFact> reports) {
    if (school.students() != null) {
      return school.students();
    }
    SchoolFact report = reports.get(school.code());
    return report == null || report.students() <= 0 ? null : report.students();
  }

  /** The students of all the schools whose count is known; null when none is. */
  public static @Nullable Integer students(DashboardFigures f, Catalog catalog) {
    Map<String, SchoolFact> reports = reports(f);
    List<Integer> known =
        schools(f, catalog).stream()
            .map(s -> students(s, reports))
            .filter(Objects::nonNull)
            .toList();
    return known.isEmpty() ? null : known.stream().mapToInt(Integer::intValue).sum();
  }

  /** The schools whose student count is not known. */
  public static int schoolsWithoutStudents(DashboardFigures f, Catalog catalog) {
    Map<String, SchoolFact> reports = reports(f);
    return (int) schools(f, catalog).stream().filter(s -> students(s, reports) == null).count();
  }

  /** The schools by district (rows) and size (columns), with the totals. */
  public static FigureTable schoolsByDistrictAndSize(DashboardFigures f, Catalog catalog) {
    return byDistrictAndSize(
        f,
        catalog,
        "schools-district-size",
        LocalizedText.of("จำนวนสถานศึกษา จำแนกตามอำเภอและขนาด", "Schools by district and size"),
        school -> 1);
  }

  /**
   * The students by district (rows) and the size of their school (columns), with the totals; the
   * schools whose count is not known add nothing (see {@link #schoolsWithoutStudents}).
   */
  public static FigureTable studentsByDistrictAndSize(DashboardFigures f, Catalog catalog) {
    Map<String, SchoolFact> reports = reports(f);
    return byDistrictAndSize(
        f,
        catalog,
        "students-district-size",
        LocalizedText.of(
            "จำนวนนักเรียน จำแนกตามอำเภอและขนาดสถานศึกษา", "Students by district and school size"),
        school -> Objects.requireNonNullElse(students(school, reports), 0));
  }

  private static FigureTable byDistrictAndSize(
      DashboardFigures f,
      Catalog catalog,
      String id,
      LocalizedText title,
      Function<School, Integer> count) {
    Map<String, SchoolFact> reports = reports(f);
    List<School> schools = schools(f, catalog);
    boolean unknownSize = schools.stream().anyMatch(s -> size(s, reports) == null);
    List<@Nullable SchoolSize> columns = new ArrayList<>(Arrays.asList(SchoolSize.values()));
    if (unknownSize) {
      columns.add(null);
    }
    List<LocalizedText> headers = new ArrayList<>();
    headers.add(LocalizedText.of("อำเภอ", "District"));
    for (SchoolSize size : columns) {
      headers.add(size == null ? Figures.NO_SIZE : size.label());
    }
    headers.add(FigureTables.TOTAL);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    int[] totals = new int[columns.size() + 1];
    for (String district : districts(f, catalog)) {
      List<@Nullable Object> row = row(district);
      int all = 0;
      for (int c = 0; c < columns.size(); c++) {
        SchoolSize size = columns.get(c);
        int n =
            schools.stream()
                .filter(s -> Objects.equals(s.district(), district))
                .filter(s -> size(s, reports) == size)
                .mapToInt(count::apply)
                .sum();
        row.add(n);
        totals[c] += n;
        all += n;
      }
      row.add(all);
      totals[columns.size()] += all;
      rows.add(row);
    }
    List<@Nullable Object> total = row(FigureTables.TOTAL);
    for (int t : totals) {
      total.add(t);
    }
    return new FigureTable(id, title, headers, rows, total);
  }

  /**
   * The reporting schools' mean RT (grade 1) and NT (grade 3) results against the office's targets:
   * how many schools reported, the mean of their means, the target, how many reach it and the
   * mean's distance from it.
   */
  public static FigureTable learnerQuality(DashboardFigures f) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    rows.add(
        quality(
            LocalizedText.of("RT ป.1", "RT grade 1"),
            values(f, SchoolFact::rtMean),
            f.targets().rt()));
    rows.add(
        quality(
            LocalizedText.of("NT ป.3", "NT grade 3"),
            values(f, SchoolFact::ntMean),
            f.targets().nt()));
    return new FigureTable(
        "learner-quality",
        LocalizedText.of(
            "ผลการทดสอบระดับชาติของโรงเรียนที่รายงานผล เทียบค่าเป้าหมาย",
            "National test results of the reporting schools against the targets"),
        List.of(
            LocalizedText.of("การทดสอบ", "Test"),
            LocalizedText.of("โรงเรียนที่รายงานผล", "Schools reporting"),
            LocalizedText.of("คะแนนเฉลี่ย (ร้อยละ)", "Mean (%)"),
            LocalizedText.of("ค่าเป้าหมาย (ร้อยละ)", "Target (%)"),
            LocalizedText.of("โรงเรียนที่ถึงเป้าหมาย", "Schools at target"),
            LocalizedText.of("ผลต่างจากค่าเป้าหมาย", "Difference from target")),
        rows,
        null);
  }

  static List<BigDecimal> values(
      DashboardFigures f, Function<SchoolFact, @Nullable BigDecimal> value) {
    List<BigDecimal> out = new ArrayList<>();
    for (SchoolFact r : f.schoolReports()) {
      BigDecimal v = value.apply(r);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<@Nullable Object> quality(
      LocalizedText test, List<BigDecimal> values, @Nullable BigDecimal target) {
    BigDecimal mean = Figures.mean(values);
    Integer atTarget =
        target == null ? null : (int) values.stream().filter(v -> v.compareTo(target) >= 0).count();
    BigDecimal difference =
        mean == null || target == null
            ? null
            : mean.subtract(target).setScale(2, RoundingMode.HALF_UP);
    return row(test, values.size(), mean, target, atTarget, difference);
  }

  /** The budget allocated per group and its share of the whole. */
  public static FigureTable allocatedByGroup(DashboardFigures f) {
    return allocated(
        "allocated-groups",
        LocalizedText.of("งบประมาณที่ได้รับจัดสรร จำแนกตามกลุ่ม", "Budget allocated by group"),
        LocalizedText.of("กลุ่ม/หน่วย", "Group"),
        f.groups());
  }

  /** The budget allocated per funding source and its share of the whole. */
  public static FigureTable allocatedBySource(DashboardFigures f) {
    return allocated(
        "allocated-sources",
        LocalizedText.of(
            "งบประมาณที่ได้รับจัดสรร จำแนกตามแหล่งงบประมาณ", "Budget allocated by funding source"),
        LocalizedText.of("แหล่งงบประมาณ", "Funding source"),
        f.sources());
  }

  private static FigureTable allocated(
      String id, LocalizedText title, LocalizedText first, List<Budget> budgets) {
    BigDecimal all = Amounts.sum(budgets, Budget::allocated);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Budget b : budgets) {
      rows.add(row(b.title(), b.projects(), b.allocated(), Amounts.percent(b.allocated(), all)));
    }
    return new FigureTable(
        id,
        title,
        List.of(
            first,
            LocalizedText.of("จำนวนโครงการ", "Projects"),
            LocalizedText.of("งบประมาณที่ได้รับ (บาท)", "Allocated (baht)"),
            LocalizedText.of("ร้อยละของงบประมาณทั้งหมด", "Share of the whole (%)")),
        rows,
        row(
            FigureTables.TOTAL,
            id.equals("allocated-groups")
                ? (Object) budgets.stream().mapToInt(Budget::projects).sum()
                : null,
            all,
            all.signum() == 0 ? null : Amounts.HUNDRED.setScale(2)));
  }

  /** The awards of a level: how many, and how many schools received them. */
  public record LevelCount(
      @Nullable AwardLevel level, LocalizedText label, int awards, int schools) {}

  /**
   * The schools' awards by level, the highest level first; awards a report counts without telling
   * their level come last under "ไม่ระบุระดับ". Levels without an award are left out.
   */
  public static List<LevelCount> awardsByLevel(DashboardFigures f) {
    Map<AwardLevel, int[]> levels = new EnumMap<>(AwardLevel.class);
    Map<AwardLevel, Set<String>> schools = new EnumMap<>(AwardLevel.class);
    int unknown = 0;
    Set<String> unknownSchools = new LinkedHashSet<>();
    for (SchoolFact r : f.schoolReports()) {
      int listed = 0;
      for (SchoolFact.Award a : r.awardList()) {
        listed++;
        if (a.level() == null) {
          unknown++;
          unknownSchools.add(r.schoolCode());
        } else {
          levels.computeIfAbsent(a.level(), k -> new int[1])[0]++;
          schools.computeIfAbsent(a.level(), k -> new LinkedHashSet<>()).add(r.schoolCode());
        }
      }
      if (r.awards() > listed) {
        unknown += r.awards() - listed;
        unknownSchools.add(r.schoolCode());
      }
    }
    List<LevelCount> out = new ArrayList<>();
    List<AwardLevel> order = new ArrayList<>(Arrays.asList(AwardLevel.values()));
    order.sort(Comparator.reverseOrder());
    for (AwardLevel level : order) {
      if (levels.containsKey(level)) {
        out.add(
            new LevelCount(level, level.label(), levels.get(level)[0], schools.get(level).size()));
      }
    }
    if (unknown > 0) {
      out.add(new LevelCount(null, NO_LEVEL, unknown, unknownSchools.size()));
    }
    return out;
  }

  /** The schools with at least one award. */
  static int schoolsWithAwards(DashboardFigures f) {
    return (int)
        f.schoolReports().stream().filter(r -> r.awards() > 0 || !r.awardList().isEmpty()).count();
  }

  /** All the schools' awards, counted or listed. */
  static int awards(DashboardFigures f) {
    return f.schoolReports().stream()
        .mapToInt(r -> Math.max(r.awards(), r.awardList().size()))
        .sum();
  }

  public static FigureTable awardLevels(DashboardFigures f) {
    List<LevelCount> levels = awardsByLevel(f);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (LevelCount l : levels) {
      rows.add(row(l.label(), l.awards(), l.schools()));
    }
    return new FigureTable(
        "awards-levels",
        LocalizedText.of("ผลงานและรางวัลของสถานศึกษา จำแนกตามระดับ", "Schools' awards by level"),
        List.of(
            LocalizedText.of("ระดับ", "Level"),
            LocalizedText.of("จำนวนผลงาน/รางวัล", "Awards"),
            LocalizedText.of("จำนวนโรงเรียนที่ได้รับ", "Schools")),
        rows,
        row(FigureTables.TOTAL, awards(f), schoolsWithAwards(f)));
  }

  /**
   * The awards at region level and above, one row each, with the school's name from the catalog.
   */
  public static FigureTable notableAwards(DashboardFigures f, Catalog catalog) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    List<AwardLevel> order = new ArrayList<>(Arrays.asList(AwardLevel.values()));
    order.sort(Comparator.reverseOrder());
    for (AwardLevel level : order) {
      if (level.compareTo(AwardLevel.REGION) < 0) {
        continue;
      }
      for (SchoolFact r : f.schoolReports()) {
        String school = catalog.school(r.schoolCode()).map(School::name).orElse(r.schoolCode());
        for (SchoolFact.Award a : r.awardList()) {
          if (a.level() == level) {
            rows.add(row(school, a.name(), level.label()));
          }
        }
      }
    }
    return new FigureTable(
        "awards-notable",
        LocalizedText.of(
            "ผลงานและรางวัลของสถานศึกษาระดับภาคขึ้นไป",
            "Schools' awards at region level and above"),
        List.of(
            LocalizedText.of("สถานศึกษา", "School"),
            LocalizedText.of("ผลงาน/รางวัล", "Award"),
            LocalizedText.of("ระดับ", "Level")),
        rows,
        null);
  }

  /** The indicators whose reported result reached their target, with the result's share of it. */
  public static FigureTable indicatorsAchieved(DashboardFigures f) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (IndicatorLine i : f.indicators()) {
      if (Boolean.TRUE.equals(i.achieved())) {
        rows.add(
            row(
                i.indicator().code(),
                i.indicator().title(),
                i.targetText(),
                i.result(),
                Direction.orDefault(i.indicator().direction())
                    .percentOfTarget(i.result(), i.target())));
      }
    }
    return new FigureTable(
        "indicators-achieved",
        LocalizedText.of("ตัวชี้วัดที่บรรลุเป้าหมาย", "Indicators that reached their targets"),
        List.of(
            LocalizedText.of("รหัส", "Code"),
            LocalizedText.of("ตัวชี้วัด", "Indicator"),
            LocalizedText.of("ค่าเป้าหมาย", "Target"),
            LocalizedText.of("ผลการดำเนินงาน", "Result"),
            LocalizedText.of("ร้อยละของค่าเป้าหมาย", "Result as % of target")),
        rows,
        null);
  }

  /**
   * The projects whose report says they are completed and whose whole allocated budget is spent.
   */
  public static List<ProjectFact> completedProjects(DashboardFigures f) {
    return f.projects().stream()
        .filter(p -> p.status() != null && COMPLETED.equalsIgnoreCase(p.status().en()))
        .filter(p -> p.allocated().signum() > 0 && p.spent().compareTo(p.allocated()) >= 0)
        .toList();
  }

  public static FigureTable completedProjectsTable(DashboardFigures f, Catalog catalog) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (ProjectFact p : completedProjects(f)) {
      rows.add(
          row(
              p.name(),
              catalog.group(p.groupCode()).<Object>map(OrgGroup::name).orElse(p.groupCode()),
              p.allocated().setScale(2, RoundingMode.HALF_UP),
              p.spent().setScale(2, RoundingMode.HALF_UP),
              p.disbursementPct()));
    }
    return new FigureTable(
        "projects-completed",
        LocalizedText.of(
            "โครงการที่ดำเนินการแล้วเสร็จและมีผลการเบิกจ่ายครบตามงบประมาณ",
            "Projects completed with their whole budget spent"),
        List.of(
            LocalizedText.of("โครงการ", "Project"),
            LocalizedText.of("กลุ่มที่รับผิดชอบ", "Responsible group"),
            LocalizedText.of("งบประมาณที่ได้รับ (บาท)", "Allocated (baht)"),
            LocalizedText.of("ผลการเบิกจ่าย (บาท)", "Spent (baht)"),
            LocalizedText.of("ร้อยละการเบิกจ่าย", "Disbursed (%)")),
        rows,
        null);
  }
}
