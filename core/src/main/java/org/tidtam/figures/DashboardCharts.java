package org.tidtam.figures;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jspecify.annotations.Nullable;
import org.tidtam.chart.ChartImages;
import org.tidtam.chart.Charts;
import org.tidtam.figures.DashboardFigures.Achievement;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.SchoolGroup;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.thai.ThaiNumbers;

/**
 * The chart of each table of the dashboard's figures, named by the table's id: completeness and
 * timeliness per form, indicators achieved per strategy and per policy, all indicators achieved or
 * not, allocated against spent per group and per funding source, and the schools' RT and NT means
 * per district and per size against their targets. Titles, axes and legends in the language asked,
 * the fiscal year in the Buddhist era.
 */
public final class DashboardCharts {

  static final Color ACHIEVED = new Color(0x2CA02C);
  static final Color NOT_ACHIEVED = new Color(0xD62728);
  static final Color NOT_REPORTED = new Color(0xBDBDBD);

  private DashboardCharts() {}

  /** The chart of the table {@code id} of {@link DashboardFigures#tables()}. */
  public static JFreeChart chart(DashboardFigures f, String id, Lang lang) {
    String subtitle = subtitle(f, lang);
    return switch (id) {
      case "completeness" -> completeness(f, lang, subtitle);
      case "strategies" -> achievements(f.strategies(), title(f, id, lang), lang, subtitle);
      case "policies" -> achievements(f.policies(), title(f, id, lang), lang, subtitle);
      case "indicators" -> indicators(f, lang, subtitle);
      case "budget-groups" -> budgets(f.groups(), title(f, id, lang), lang, subtitle);
      case "budget-sources" -> budgets(f.sources(), title(f, id, lang), lang, subtitle);
      case "schools-districts" -> schools(f, f.districts(), title(f, id, lang), lang, subtitle);
      case "schools-sizes" -> schools(f, f.sizes(), title(f, id, lang), lang, subtitle);
      default -> throw new IllegalArgumentException("no chart named " + id);
    };
  }

  /** The chart as PNG bytes at the dashboard's size. */
  public static byte[] png(DashboardFigures f, String id, Lang lang) {
    return ChartImages.png(chart(f, id, lang));
  }

  private static String title(DashboardFigures f, String id, Lang lang) {
    return f.tables().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow()
        .title()
        .in(lang);
  }

  /** E.g. ปีงบประมาณ พ.ศ. 2569 รอบ 12 เดือน. */
  static String subtitle(DashboardFigures f, Lang lang) {
    int year = f.filter().fiscalYear();
    String round = f.filter().round().label().in(lang);
    return Message.of("tidtam.chart.subtitle", "year", String.valueOf(year), "round", round)
        .in(lang);
  }

  private static String target(String test, BigDecimal value, Lang lang) {
    return Message.of("tidtam.chart.target", "test", test, "value", ThaiNumbers.decimal(value, 2))
        .in(lang);
  }

  private static JFreeChart completeness(DashboardFigures f, Lang lang, String subtitle) {
    List<FormCompleteness> rows = new ArrayList<>(f.completeness());
    rows.add(f.totalCompleteness());
    List<String> categories =
        rows.stream()
            .map(
                c ->
                    c.formId().isEmpty()
                        ? LocalizedText.of("รวม", "Total").in(lang)
                        : FigureTables.form(c.formId()).in(lang))
            .toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("ร้อยละความครบถ้วน", "Complete (%)").in(lang),
        values(rows, FormCompleteness::completenessPct));
    series.put(
        LocalizedText.of("ร้อยละความทันเวลา", "On time (%)").in(lang),
        values(rows, FormCompleteness::timelinessPct));
    return Charts.bar(
        title(f, "completeness", lang),
        subtitle,
        categories,
        series,
        LocalizedText.of("ร้อยละ", "Percent").in(lang),
        false,
        false,
        List.of());
  }

  private static JFreeChart achievements(
      List<Achievement> rows, String title, Lang lang, String subtitle) {
    List<String> categories = rows.stream().map(a -> a.title().in(lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("บรรลุเป้าหมาย", "Achieved").in(lang),
        values(rows, a -> count(a.achieved())));
    series.put(
        LocalizedText.of("ไม่บรรลุเป้าหมาย", "Not achieved").in(lang),
        values(rows, a -> count(a.notAchieved())));
    series.put(
        LocalizedText.of("ยังไม่รายงาน", "Not reported").in(lang),
        values(rows, a -> count(a.indicators() - a.reported())));
    return Charts.bar(
        title,
        subtitle,
        categories,
        series,
        LocalizedText.of("จำนวนตัวชี้วัด", "Indicators").in(lang),
        true,
        true,
        List.of());
  }

  private static JFreeChart indicators(DashboardFigures f, Lang lang, String subtitle) {
    int achieved = f.indicatorsAchieved();
    int notAchieved = f.indicatorsNotAchieved().size();
    int notReported = f.indicators().size() - achieved - notAchieved;
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    parts.put(LocalizedText.of("บรรลุเป้าหมาย", "Achieved").in(lang), BigDecimal.valueOf(achieved));
    parts.put(
        LocalizedText.of("ไม่บรรลุเป้าหมาย", "Not achieved").in(lang),
        BigDecimal.valueOf(notAchieved));
    parts.put(
        LocalizedText.of("ยังไม่รายงาน", "Not reported").in(lang), BigDecimal.valueOf(notReported));
    String title =
        Message.of(
                "tidtam.chart.indicatorsAchieved",
                "achieved",
                String.valueOf(achieved),
                "all",
                String.valueOf(f.indicators().size()))
            .in(lang);
    JFreeChart chart = Charts.pie(title, subtitle, parts);
    chart.getPlot().setNoDataMessage(Message.of("tidtam.chart.noData").in(lang));
    @SuppressWarnings("unchecked")
    PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
    List<Color> colours = List.of(ACHIEVED, NOT_ACHIEVED, NOT_REPORTED);
    int i = 0;
    for (String part : parts.keySet()) {
      plot.setSectionPaint(part, colours.get(i++));
    }
    return chart;
  }

  private static JFreeChart budgets(List<Budget> rows, String title, Lang lang, String subtitle) {
    List<String> categories = rows.stream().map(b -> b.title().in(lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("งบประมาณที่ได้รับ", "Allocated").in(lang),
        values(rows, Budget::allocated));
    series.put(LocalizedText.of("ผลการเบิกจ่าย", "Spent").in(lang), values(rows, Budget::spent));
    return Charts.bar(
        title,
        subtitle,
        categories,
        series,
        LocalizedText.of("บาท", "Baht").in(lang),
        true,
        false,
        List.of());
  }

  private static JFreeChart schools(
      DashboardFigures f, List<SchoolGroup> rows, String title, Lang lang, String subtitle) {
    List<String> categories = rows.stream().map(g -> g.title().in(lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("RT ป.1 เฉลี่ย", "RT grade 1, mean").in(lang),
        values(rows, SchoolGroup::rtMean));
    series.put(
        LocalizedText.of("NT ป.3 เฉลี่ย", "NT grade 3, mean").in(lang),
        values(rows, SchoolGroup::ntMean));
    List<Charts.Target> targets = new ArrayList<>();
    if (f.targets().rt() != null) {
      targets.add(new Charts.Target(f.targets().rt(), target("RT", f.targets().rt(), lang)));
    }
    if (f.targets().nt() != null) {
      targets.add(new Charts.Target(f.targets().nt(), target("NT", f.targets().nt(), lang)));
    }
    return Charts.bar(
        title,
        subtitle,
        categories,
        series,
        LocalizedText.of("ร้อยละ", "Percent").in(lang),
        false,
        false,
        targets);
  }

  /**
   * A table by district and size ({@link OfficeTables#schoolsByDistrictAndSize}, {@link
   * OfficeTables#studentsByDistrictAndSize}) as stacked bars: one bar per district, one part per
   * size.
   */
  public static JFreeChart byDistrictAndSize(FigureTable table, String axis, Lang lang) {
    List<String> categories =
        table.rows().stream().map(r -> FigureTable.text(r.get(0), lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    for (int c = 1; c < table.headers().size() - 1; c++) {
      int column = c;
      series.put(
          table.headers().get(c).in(lang),
          values(table.rows(), r -> BigDecimal.valueOf((Integer) r.get(column))));
    }
    return Charts.wholeNumbers(
        Charts.bar(table.title().in(lang), null, categories, series, axis, false, true, List.of()));
  }

  /** The reporting schools' RT and NT means as bars, the targets marked across. */
  public static JFreeChart learnerQuality(DashboardFigures f, Lang lang) {
    FigureTable table = OfficeTables.learnerQuality(f);
    List<String> categories =
        table.rows().stream().map(r -> FigureTable.text(r.get(0), lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("คะแนนเฉลี่ย", "Mean").in(lang),
        values(table.rows(), r -> (BigDecimal) r.get(2)));
    series.put(
        LocalizedText.of("ค่าเป้าหมาย", "Target").in(lang),
        values(table.rows(), r -> (BigDecimal) r.get(3)));
    return Charts.colours(
        Charts.bar(
            table.title().in(lang),
            subtitle(f, lang),
            categories,
            series,
            LocalizedText.of("ร้อยละ", "Percent").in(lang),
            false,
            false,
            List.of()),
        new Color(0x1F77B4),
        new Color(0x9E9E9E));
  }

  /** The budget allocated per group or source as a pie of shares. */
  public static JFreeChart allocated(List<Budget> budgets, String title, Lang lang) {
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    for (Budget b : budgets) {
      parts.merge(b.title().in(lang), b.allocated(), BigDecimal::add);
    }
    JFreeChart chart = Charts.pie(title, null, parts);
    chart.getPlot().setNoDataMessage(Message.of("tidtam.chart.noData").in(lang));
    return chart;
  }

  private static BigDecimal count(int n) {
    return BigDecimal.valueOf(n);
  }

  private static <T> List<@Nullable BigDecimal> values(
      List<T> rows, Function<T, @Nullable BigDecimal> value) {
    List<@Nullable BigDecimal> out = new ArrayList<>();
    for (T row : rows) {
      out.add(value.apply(row));
    }
    return out;
  }
}
