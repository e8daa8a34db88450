package org.tidtam.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.figures.DashboardFigures.Achievement;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.IndicatorLine;
import org.tidtam.figures.DashboardFigures.MissingUnit;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.report.OfficeChapter;
import org.tidtam.report.OfficeChapters;
import org.tidtam.report.PartContent;
import org.tidtam.report.PartWriter;
import org.tidtam.report.ReportChart;
import org.tidtam.report.ReportTable;
import org.tidtam.thai.ThaiNumbers;

/**
 * The office's own chapters written from the figures of a fiscal year (the 12-month round,
 * DOMAIN.md §6.2): the executive summary with the key numbers, the results by strategy, policy and
 * indicator, the projects and their budget, the schools by district and size, the problems
 * (indicators below target, reports not delivered) and, as an annex, the completeness and
 * timeliness of the reports. Every table is the dashboard's ({@link FigureTables}) with its totals,
 * every chart the dashboard's ({@link DashboardCharts}), in Thai. Given the catalog too, it writes
 * the office's background, its direction and the year's achievements ({@link OfficeTables}).
 */
public final class OfficeReport {

  /** The printed width of a chart. */
  static final double CHART_WIDTH_CM = 15.5;

  private static final Lang TH = Lang.TH;

  private OfficeReport() {}

  /**
   * The office's chapters of the report from the year's figures alone: those of {@link
   * #of(DashboardFigures, Catalog)} without the background, the direction and the achievements.
   */
  public static OfficeChapters of(DashboardFigures f, String officeName) {
    return OfficeChapters.of(chapters(f, officeName));
  }

  /**
   * All the office's chapters of the report: those written from the figures, and part 1 (the
   * background), part 2 (the direction) and part 6 (the achievements) written from the catalog and
   * the facts the figures keep.
   */
  public static OfficeChapters of(DashboardFigures f, Catalog catalog) {
    return OfficeChapters.of(chapters(f, catalog));
  }

  /** The content of each chapter written from the figures and the catalog. */
  public static Map<OfficeChapter, PartContent> chapters(DashboardFigures f, Catalog catalog) {
    Map<OfficeChapter, PartContent> chapters = chapters(f, catalog.office().name().th());
    chapters.put(OfficeChapter.BASIC_INFORMATION, out -> BackgroundChapters.basic(out, f, catalog));
    chapters.put(OfficeChapter.DIRECTION, out -> BackgroundChapters.direction(out, f, catalog));
    chapters.put(
        OfficeChapter.ACHIEVEMENTS, out -> BackgroundChapters.achievements(out, f, catalog));
    return chapters;
  }

  /** The content of each chapter written from the figures. */
  public static Map<OfficeChapter, PartContent> chapters(DashboardFigures f, String officeName) {
    Map<OfficeChapter, PartContent> chapters = new EnumMap<>(OfficeChapter.class);
    chapters.put(OfficeChapter.EXECUTIVE_SUMMARY, out -> summary(out, f, officeName));
    chapters.put(OfficeChapter.POLICY_RESULTS, out -> policyResults(out, f));
    chapters.put(OfficeChapter.PROJECTS_AND_BUDGET, out -> budget(out, f));
    chapters.put(OfficeChapter.SCHOOL_RESULTS, out -> schools(out, f));
    chapters.put(OfficeChapter.PROBLEMS_AND_SUGGESTIONS, out -> problems(out, f));
    chapters.put(OfficeChapter.REPORTING, out -> reporting(out, f));
    return chapters;
  }

  private static void summary(PartWriter out, DashboardFigures f, String officeName) {
    FormCompleteness reports = f.totalCompleteness();
    Budget money = f.totalBudget();
    int all = f.indicators().size();
    int achieved = f.indicatorsAchieved();
    out.paragraph(
        th(
            "tidtam.report.summary.opening",
            "office",
            officeName,
            "year",
            String.valueOf(f.filter().fiscalYear()),
            "round",
            f.filter().round().label().in(TH)));
    out.paragraph(
        th(
            "tidtam.report.summary.reports",
            "submitted",
            n(reports.submitted()),
            "expected",
            n(reports.expected()),
            "completePct",
            pct(reports.completenessPct()),
            "onTime",
            n(reports.onTime()),
            "onTimePct",
            pct(reports.timelinessPct())));
    out.paragraph(
        th(
            "tidtam.report.summary.indicators",
            "achieved",
            n(achieved),
            "all",
            n(all),
            "pct",
            pct(percent(achieved, all))));
    for (Achievement s : f.strategies()) {
      out.paragraph(
          th(
              "tidtam.report.summary.strategy",
              "strategy",
              s.title().in(TH),
              "achieved",
              n(s.achieved()),
              "all",
              n(s.indicators()),
              "pct",
              pct(s.achievedPct())));
    }
    out.paragraph(
        th(
            "tidtam.report.summary.budget",
            "allocated",
            ThaiNumbers.decimal(money.allocated(), 2),
            "projects",
            n(money.projects()),
            "spent",
            ThaiNumbers.decimal(money.spent(), 2),
            "pct",
            pct(money.disbursedPct())));
  }

  private static void policyResults(PartWriter out, DashboardFigures f) {
    out.heading(2, LocalizedText.of("ผลการดำเนินงานตามกลยุทธ์", "Results by strategy").in(TH));
    tableAndChart(out, f, FigureTables.strategies(f));
    out.heading(2, LocalizedText.of("ผลการดำเนินงานตามนโยบาย สพฐ.", "Results by policy").in(TH));
    tableAndChart(out, f, FigureTables.policies(f));
    out.heading(2, LocalizedText.of("ผลการดำเนินงานตามตัวชี้วัด", "Results by indicator").in(TH));
    FigureTable indicators = FigureTables.indicators(f);
    out.landscape(inner -> inner.table(table(indicators)));
    out.chart(chart(f, indicators));
  }

  private static void budget(PartWriter out, DashboardFigures f) {
    out.heading(2, LocalizedText.of("งบประมาณจำแนกตามกลุ่ม", "Budget by group").in(TH));
    tableAndChart(out, f, FigureTables.groups(f));
    out.heading(
        2, LocalizedText.of("งบประมาณจำแนกตามแหล่งงบประมาณ", "Budget by funding source").in(TH));
    tableAndChart(out, f, FigureTables.sources(f));
  }

  private static void schools(PartWriter out, DashboardFigures f) {
    out.heading(2, LocalizedText.of("สถานศึกษาจำแนกตามอำเภอ", "Schools by district").in(TH));
    tableAndChart(out, f, FigureTables.districts(f));
    out.heading(2, LocalizedText.of("สถานศึกษาจำแนกตามขนาด", "Schools by size").in(TH));
    tableAndChart(out, f, FigureTables.sizes(f));
  }

  private static void problems(PartWriter out, DashboardFigures f) {
    List<IndicatorLine> below = f.indicatorsNotAchieved();
    List<MissingUnit> missing = f.missing();
    if (below.isEmpty() && missing.isEmpty()) {
      out.paragraph(th("tidtam.report.problems.none"));
      return;
    }
    if (!below.isEmpty()) {
      out.heading(
          2, LocalizedText.of("ตัวชี้วัดที่ไม่บรรลุเป้าหมาย", "Indicators below target").in(TH));
      List<List<String>> rows = new ArrayList<>();
      for (IndicatorLine i : below) {
        rows.add(
            List.of(
                i.indicator().code(),
                i.indicator().title().in(TH),
                FigureTable.text(i.targetText(), TH),
                FigureTable.text(i.result(), TH)));
      }
      out.table(
          new ReportTable(
              LocalizedText.of("ตัวชี้วัดที่ไม่บรรลุเป้าหมาย", "Indicators below target").in(TH),
              List.of(
                  List.of(
                      LocalizedText.of("รหัส", "Code").in(TH),
                      LocalizedText.of("ตัวชี้วัด", "Indicator").in(TH),
                      LocalizedText.of("ค่าเป้าหมาย", "Target").in(TH),
                      LocalizedText.of("ผลการดำเนินงาน", "Result").in(TH))),
              rows,
              List.of(2, 3)));
      out.paragraph(th("tidtam.memo.proposal.below"));
    }
    if (!missing.isEmpty()) {
      out.paragraph(th("tidtam.memo.proposal.missing"));
    }
    out.paragraph(th("tidtam.memo.proposal.inform"));
  }

  private static void reporting(PartWriter out, DashboardFigures f) {
    tableAndChart(out, f, FigureTables.completeness(f));
    if (f.missing().isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (MissingUnit m : f.missing()) {
      rows.add(
          List.of(
              FigureTables.form(m.formId()).in(TH),
              m.unitCode(),
              m.unit().in(TH),
              th(m.late() ? "tidtam.report.missing.late" : "tidtam.report.missing.notLate")));
    }
    out.table(
        new ReportTable(
            LocalizedText.of("หน่วยที่ยังไม่ส่งรายงาน", "Units that have not reported").in(TH),
            List.of(
                List.of(
                    LocalizedText.of("แบบรายงาน", "Form").in(TH),
                    LocalizedText.of("รหัส", "Code").in(TH),
                    LocalizedText.of("หน่วย", "Unit").in(TH),
                    LocalizedText.of("สถานะ", "Status").in(TH))),
            rows,
            List.of()));
  }

  private static void tableAndChart(PartWriter out, DashboardFigures f, FigureTable table) {
    out.table(table(table));
    out.chart(chart(f, table));
  }

  /** A table of figures as the report prints it: Thai headers, the totals as the last row. */
  static ReportTable table(FigureTable table) {
    List<List<String>> rows = new ArrayList<>();
    List<Integer> numeric = new ArrayList<>();
    List<List<@Nullable Object>> all = new ArrayList<>(table.rows());
    if (table.totals() != null) {
      all.add(table.totals());
    }
    for (List<@Nullable Object> row : all) {
      rows.add(row.stream().map(cell -> FigureTable.text(cell, TH)).toList());
    }
    for (int c = 0; c < table.headers().size(); c++) {
      int column = c;
      if (all.stream()
          .anyMatch(r -> r.get(column) instanceof Integer || r.get(column) instanceof BigDecimal)) {
        numeric.add(c);
      }
    }
    return new ReportTable(table.title().in(TH), List.of(table.headers(TH)), rows, numeric);
  }

  private static ReportChart chart(DashboardFigures f, FigureTable table) {
    return new ReportChart(
        table.title().in(TH), DashboardCharts.png(f, table.id(), TH), CHART_WIDTH_CM);
  }

  private static String th(String key, Object... namesAndValues) {
    return Message.of(key, namesAndValues).in(TH);
  }

  private static String n(int value) {
    return ThaiNumbers.integer(value);
  }

  private static String pct(@Nullable BigDecimal value) {
    return FigureTable.text(value, TH);
  }

  private static @Nullable BigDecimal percent(int part, int whole) {
    return org.tidtam.thai.Amounts.percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }
}
