package org.tidtam.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.Strategy;
import org.tidtam.chart.ChartImages;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.report.PartWriter;
import org.tidtam.report.ReportChart;
import org.tidtam.report.ReportTable;
import org.tidtam.thai.ThaiNumbers;

/**
 * The chapters of the annual report that the catalog and the reports' facts write beside the
 * figures: part 1, the office's background (its groups, its schools and students by district and
 * size, its learners' results); part 2, its direction (the year's policies by level, its strategies
 * with their indicators and targets, the budget allocated); part 6, the year's achievements (the
 * schools' awards, the indicators that reached their targets, the projects completed with their
 * budget spent).
 */
final class BackgroundChapters {

  private static final Lang TH = Lang.TH;

  /** The policy levels in the order part 2 prints them, from the nation down. */
  static final List<ReferenceKind> LEVELS =
      List.of(
          ReferenceKind.NATIONAL_STRATEGY,
          ReferenceKind.MOE_POLICY,
          ReferenceKind.OBEC_POLICY,
          ReferenceKind.OBEC_FOCUS,
          ReferenceKind.OBEC_ACTION_PLAN,
          ReferenceKind.PROVINCIAL_PLAN);

  private BackgroundChapters() {}

  static void basic(PartWriter out, DashboardFigures f, Catalog catalog) {
    List<org.tidtam.catalog.School> schools = OfficeTables.schools(f, catalog);
    out.heading(2, LocalizedText.of("สภาพทั่วไป", "General information").in(TH));
    out.paragraph(
        th(
            "tidtam.report.basic.office",
            "office",
            catalog.office().name().th(),
            "short",
            catalog.office().shortName().th(),
            "province",
            catalog.office().province(),
            "schools",
            n(schools.size()),
            "districts",
            n(OfficeTables.districts(f, catalog).size())));

    if (!catalog.groups().isEmpty()) {
      out.heading(2, LocalizedText.of("โครงสร้างการบริหาร", "Organisation").in(TH));
      out.paragraph(th("tidtam.report.basic.groups", "count", n(catalog.groups().size())));
      List<List<String>> rows = new ArrayList<>();
      int i = 1;
      for (OrgGroup g : catalog.groups()) {
        rows.add(List.of(n(i++), g.name().th()));
      }
      out.table(
          new ReportTable(
              LocalizedText.of("กลุ่มและหน่วยในสำนักงาน", "The office's groups and units").in(TH),
              List.of(
                  List.of(
                      LocalizedText.of("ที่", "No.").in(TH),
                      LocalizedText.of("กลุ่ม/หน่วย", "Group or unit").in(TH))),
              rows,
              List.of(0)));
    }

    if (!schools.isEmpty()) {
      out.heading(2, LocalizedText.of("จำนวนสถานศึกษา", "Schools").in(TH));
      FigureTable bySize = OfficeTables.schoolsByDistrictAndSize(f, catalog);
      out.table(OfficeReport.table(bySize));
      out.chart(
          chart(
              bySize.title().in(TH),
              DashboardCharts.byDistrictAndSize(
                  bySize, LocalizedText.of("จำนวนโรงเรียน", "Schools").in(TH), TH)));

      out.heading(2, LocalizedText.of("จำนวนนักเรียน", "Students").in(TH));
      Integer students = OfficeTables.students(f, catalog);
      int unknown = OfficeTables.schoolsWithoutStudents(f, catalog);
      if (students == null) {
        out.paragraph(th("tidtam.report.basic.noStudents"));
      } else {
        out.paragraph(th("tidtam.report.basic.students", "students", n(students)));
        if (unknown > 0) {
          out.paragraph(th("tidtam.report.basic.studentsUnknown", "count", n(unknown)));
        }
        FigureTable studentsBySize = OfficeTables.studentsByDistrictAndSize(f, catalog);
        out.table(OfficeReport.table(studentsBySize));
        out.chart(
            chart(
                studentsBySize.title().in(TH),
                DashboardCharts.byDistrictAndSize(
                    studentsBySize, LocalizedText.of("จำนวนนักเรียน", "Students").in(TH), TH)));
      }
    }

    out.heading(2, LocalizedText.of("คุณภาพผู้เรียน", "Learner quality").in(TH));
    if (OfficeTables.values(f, SchoolFact::rtMean).isEmpty()
        && OfficeTables.values(f, SchoolFact::ntMean).isEmpty()) {
      out.paragraph(th("tidtam.report.basic.noQuality"));
    } else {
      out.paragraph(th("tidtam.report.basic.quality", "reported", n(f.schoolReports().size())));
      FigureTable quality = OfficeTables.learnerQuality(f);
      out.table(OfficeReport.table(quality));
      out.chart(chart(quality.title().in(TH), DashboardCharts.learnerQuality(f, TH)));
    }
  }

  static void direction(PartWriter out, DashboardFigures f, Catalog catalog) {
    int year = f.filter().fiscalYear();
    boolean anyPolicy = false;
    for (ReferenceKind level : LEVELS) {
      List<PolicyItem> items =
          catalog.policies().stream()
              .filter(p -> p.kind() == level && p.fiscalYear() == year)
              .sorted(Comparator.comparingInt(PolicyItem::number))
              .toList();
      if (items.isEmpty()) {
        continue;
      }
      anyPolicy = true;
      out.heading(2, level.label().in(TH));
      for (PolicyItem p : items) {
        out.paragraph(p.number() + ". " + p.title().th());
      }
    }
    if (!anyPolicy) {
      out.paragraph(th("tidtam.report.direction.noPolicies", "year", String.valueOf(year)));
    }

    out.heading(
        2,
        LocalizedText.of("กลยุทธ์ ตัวชี้วัด และค่าเป้าหมาย", "Strategies, indicators and targets")
            .in(TH));
    List<Strategy> strategies =
        catalog.strategies().stream()
            .filter(s -> s.fiscalYear() == year)
            .sorted(Comparator.comparingInt(Strategy::number))
            .toList();
    if (strategies.isEmpty()) {
      out.paragraph(th("tidtam.report.direction.noStrategies", "year", String.valueOf(year)));
    } else {
      List<List<String>> rows = new ArrayList<>();
      int indicators = 0;
      for (Strategy s : strategies) {
        rows.add(
            List.of(
                th(
                    "tidtam.report.direction.strategy",
                    "number",
                    String.valueOf(s.number()),
                    "title",
                    s.title().th()),
                "",
                "",
                ""));
        int i = 1;
        for (Indicator indicator : catalog.indicatorsOf(s.code())) {
          if (indicator.fiscalYear() != year || !f.filter().group(indicator.ownerGroup())) {
            continue;
          }
          indicators++;
          rows.add(
              List.of(
                  s.number() + "." + i++ + " " + indicator.title().th(),
                  indicator.unit(),
                  target(indicator),
                  catalog
                      .group(indicator.ownerGroup())
                      .map(g -> g.name().th())
                      .orElse(indicator.ownerGroup())));
        }
      }
      out.paragraph(
          th(
              "tidtam.report.direction.strategies",
              "short",
              catalog.office().shortName().th(),
              "strategies",
              n(strategies.size()),
              "indicators",
              n(indicators)));
      out.table(
          new ReportTable(
              LocalizedText.of(
                      "กลยุทธ์และตัวชี้วัดความสำเร็จ พร้อมค่าเป้าหมาย",
                      "Strategies and their indicators with targets")
                  .in(TH),
              List.of(
                  List.of(
                      LocalizedText.of("กลยุทธ์/ตัวชี้วัด", "Strategy or indicator").in(TH),
                      LocalizedText.of("หน่วยนับ", "Unit").in(TH),
                      LocalizedText.of("ค่าเป้าหมาย", "Target").in(TH),
                      LocalizedText.of("กลุ่มที่รับผิดชอบ", "Responsible group").in(TH))),
              rows,
              List.of(2)));
    }

    out.heading(2, LocalizedText.of("งบประมาณที่ได้รับจัดสรร", "Budget allocated").in(TH));
    Budget total = f.totalBudget();
    if (total.projects() == 0) {
      out.paragraph(th("tidtam.report.direction.noBudget"));
      return;
    }
    out.paragraph(
        th(
            "tidtam.report.direction.budget",
            "year",
            String.valueOf(year),
            "projects",
            n(total.projects()),
            "allocated",
            ThaiNumbers.decimal(total.allocated(), 2)));
    FigureTable groups = OfficeTables.allocatedByGroup(f);
    out.table(OfficeReport.table(groups));
    out.chart(
        chart(
            groups.title().in(TH),
            DashboardCharts.allocated(f.groups(), groups.title().in(TH), TH)));
    out.table(OfficeReport.table(OfficeTables.allocatedBySource(f)));
  }

  /** The target as the plan states it: the number with its direction, or the catalog's note. */
  private static String target(Indicator indicator) {
    if (indicator.target() == null) {
      return indicator.targetNote() == null ? "–" : indicator.targetNote();
    }
    String value = ThaiNumbers.decimal(indicator.target(), 2);
    return Direction.orDefault(indicator.direction()) == Direction.LOWER_IS_BETTER
        ? th("tidtam.report.direction.atMost", "value", value)
        : value;
  }

  static void achievements(PartWriter out, DashboardFigures f, Catalog catalog) {
    FigureTable levels = OfficeTables.awardLevels(f);
    FigureTable notable = OfficeTables.notableAwards(f, catalog);
    FigureTable indicators = OfficeTables.indicatorsAchieved(f);
    FigureTable projects = OfficeTables.completedProjectsTable(f, catalog);
    if (levels.rows().isEmpty() && indicators.rows().isEmpty() && projects.rows().isEmpty()) {
      out.paragraph(th("tidtam.report.achievements.none"));
      return;
    }
    if (!levels.rows().isEmpty()) {
      out.heading(2, LocalizedText.of("ผลงานและรางวัลของสถานศึกษา", "Schools' awards").in(TH));
      out.paragraph(
          th(
              "tidtam.report.achievements.awards",
              "awards",
              n(OfficeTables.awards(f)),
              "schools",
              n(OfficeTables.schoolsWithAwards(f))));
      out.table(OfficeReport.table(levels));
      if (!notable.rows().isEmpty()) {
        out.table(OfficeReport.table(notable));
      }
    }
    if (!indicators.rows().isEmpty()) {
      out.heading(
          2,
          LocalizedText.of("ตัวชี้วัดที่บรรลุเป้าหมาย", "Indicators that reached their targets")
              .in(TH));
      out.paragraph(
          th(
              "tidtam.report.achievements.indicators",
              "achieved",
              n(indicators.rows().size()),
              "all",
              n(f.indicators().size())));
      out.table(OfficeReport.table(indicators));
    }
    if (!projects.rows().isEmpty()) {
      out.heading(
          2,
          LocalizedText.of(
                  "โครงการที่ดำเนินการแล้วเสร็จ", "Projects completed with their budget spent")
              .in(TH));
      out.paragraph(th("tidtam.report.achievements.projects", "count", n(projects.rows().size())));
      out.table(OfficeReport.table(projects));
    }
  }

  private static ReportChart chart(String caption, JFreeChart chart) {
    return new ReportChart(caption, ChartImages.png(chart), OfficeReport.CHART_WIDTH_CM);
  }

  private static String th(String key, Object... namesAndValues) {
    return Message.of(key, namesAndValues).in(TH);
  }

  private static String n(int value) {
    return ThaiNumbers.integer(value);
  }
}
