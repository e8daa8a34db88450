package org.tidtam.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.chart.ChartImages;
import org.tidtam.chart.Charts;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiNumbers;

/**
 * The year's results for the public (the summary the manual asks the office to publish): only
 * aggregates, in Thai and English, and never a person's name, phone or e-mail. Units are named (the
 * office, its groups, districts), people are not. The web page shows its figures one by one and its
 * charts as PNG; {@link PublicSummaryDocument} prints it as a short Word document.
 *
 * @param office the office's full name
 * @param officeShortName e.g. สพป.กระบี่
 * @param fiscalYear the Buddhist-era fiscal year
 * @param round the round the figures are of (the 12-month round for the year's summary)
 * @param schools the office's schools
 * @param students the students of the schools whose count is known; null when none is
 * @param reportsExpected the reports the units owed in the round
 * @param reportsDelivered those delivered
 * @param indicators the indicators of the office's plan
 * @param indicatorsAchieved those whose result reached the target
 * @param indicatorsNotAchieved those whose reported result is below the target
 * @param projects the projects reported
 * @param allocated the budget the projects received, in baht
 * @param spent their disbursement, in baht
 * @param completedProjects the projects completed with their whole budget spent
 * @param budgetByGroup the budget allocated and spent per group
 * @param schoolsByDistrict the schools per district
 * @param awardsByLevel the schools' awards per level, the highest first
 * @param highlights the year's highlights, one sentence each
 */
public record PublicSummary(
    LocalizedText office,
    LocalizedText officeShortName,
    int fiscalYear,
    Round round,
    int schools,
    @Nullable Integer students,
    int reportsExpected,
    int reportsDelivered,
    int indicators,
    int indicatorsAchieved,
    int indicatorsNotAchieved,
    int projects,
    BigDecimal allocated,
    BigDecimal spent,
    int completedProjects,
    List<Budget> budgetByGroup,
    List<Count> schoolsByDistrict,
    List<Count> awardsByLevel,
    List<LocalizedText> highlights) {

  /** A count of something named, e.g. the schools of a district or the awards of a level. */
  public record Count(LocalizedText label, int count) {}

  public PublicSummary {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(round, "round");
    budgetByGroup = List.copyOf(budgetByGroup);
    schoolsByDistrict = List.copyOf(schoolsByDistrict);
    awardsByLevel = List.copyOf(awardsByLevel);
    highlights = List.copyOf(highlights);
  }

  /** The summary of a year's figures (those of the whole office, best of the 12-month round). */
  public static PublicSummary of(DashboardFigures f, Catalog catalog) {
    FormCompleteness reports = f.totalCompleteness();
    Budget money = f.totalBudget();
    List<Count> districts = new ArrayList<>();
    FigureTable bySize = OfficeTables.schoolsByDistrictAndSize(f, catalog);
    for (List<@Nullable Object> row : bySize.rows()) {
      String district = (String) Objects.requireNonNull(row.getFirst());
      districts.add(new Count(LocalizedText.of(district, district), (Integer) row.getLast()));
    }
    List<Count> awards = new ArrayList<>();
    for (OfficeTables.LevelCount level : OfficeTables.awardsByLevel(f)) {
      awards.add(new Count(level.label(), level.awards()));
    }
    int completed = OfficeTables.completedProjects(f).size();
    return new PublicSummary(
        catalog.office().name(),
        catalog.office().shortName(),
        f.filter().fiscalYear(),
        f.filter().round(),
        OfficeTables.schools(f, catalog).size(),
        OfficeTables.students(f, catalog),
        reports.expected(),
        reports.submitted(),
        f.indicators().size(),
        f.indicatorsAchieved(),
        f.indicatorsNotAchieved().size(),
        money.projects(),
        money.allocated(),
        money.spent(),
        completed,
        f.groups(),
        districts,
        awards,
        highlights(f, awards, completed));
  }

  private static List<LocalizedText> highlights(
      DashboardFigures f, List<Count> awards, int completed) {
    List<LocalizedText> out = new ArrayList<>();
    int all = f.indicators().size();
    if (all > 0 && f.indicatorsAchieved() > 0) {
      out.add(
          text(
              "tidtam.summary.indicators",
              "achieved",
              n(f.indicatorsAchieved()),
              "all",
              n(all),
              "pct",
              pct(DashboardFigures.pct(f.indicatorsAchieved(), all))));
    }
    Budget money = f.totalBudget();
    if (money.allocated().signum() > 0) {
      out.add(
          text(
              "tidtam.summary.budget",
              "spent",
              ThaiNumbers.decimal(money.spent(), 2),
              "allocated",
              ThaiNumbers.decimal(money.allocated(), 2),
              "pct",
              pct(money.disbursedPct())));
    }
    if (completed > 0) {
      out.add(text("tidtam.report.achievements.projects", "count", n(completed)));
    }
    int allAwards = OfficeTables.awards(f);
    if (allAwards > 0) {
      out.add(
          text(
              "tidtam.summary.awards",
              "awards",
              n(allAwards),
              "schools",
              n(OfficeTables.schoolsWithAwards(f))));
      OfficeTables.awardsByLevel(f).stream()
          .filter(l -> l.level() != null && l.level().compareTo(SchoolFact.AwardLevel.REGION) >= 0)
          .findFirst()
          .ifPresent(
              top ->
                  out.add(
                      new LocalizedText(
                          Message.of(
                                  "tidtam.summary.awardsTop",
                                  "level",
                                  top.label().th(),
                                  "count",
                                  n(top.awards()))
                              .in(Lang.TH),
                          Message.of(
                                  "tidtam.summary.awardsTop",
                                  "level",
                                  top.label().en(),
                                  "count",
                                  n(top.awards()))
                              .in(Lang.EN))));
    }
    quality(out, "RT", OfficeTables.values(f, SchoolFact::rtMean), f.targets().rt());
    quality(out, "NT", OfficeTables.values(f, SchoolFact::ntMean), f.targets().nt());
    return out;
  }

  private static void quality(
      List<LocalizedText> out, String test, List<BigDecimal> values, @Nullable BigDecimal target) {
    BigDecimal mean = Figures.mean(values);
    if (mean != null && target != null && mean.compareTo(target) >= 0) {
      out.add(
          text(
              "tidtam.summary.quality",
              "test",
              test,
              "mean",
              ThaiNumbers.decimal(mean, 2),
              "target",
              ThaiNumbers.decimal(target, 2)));
    }
  }

  /** Reports delivered as a percentage of those expected; null when none was expected. */
  public @Nullable BigDecimal reportsDeliveredPct() {
    return DashboardFigures.pct(reportsDelivered, reportsExpected);
  }

  /** Indicators achieved as a percentage of all; null without indicators. */
  public @Nullable BigDecimal indicatorsAchievedPct() {
    return DashboardFigures.pct(indicatorsAchieved, indicators);
  }

  /** Spent as a percentage of allocated; null when nothing was allocated. */
  public @Nullable BigDecimal spentPct() {
    return Amounts.percent(spent, allocated);
  }

  /** All the schools' awards. */
  public int awards() {
    return awardsByLevel.stream().mapToInt(Count::count).sum();
  }

  /** The districts with schools. */
  public int districts() {
    return schoolsByDistrict.size();
  }

  /** The indicators achieved, not achieved and not reported, as a pie. */
  public JFreeChart indicatorsChart(Lang lang) {
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    parts.put(FigureTables.ACHIEVED.in(lang), BigDecimal.valueOf(indicatorsAchieved));
    parts.put(FigureTables.NOT_ACHIEVED.in(lang), BigDecimal.valueOf(indicatorsNotAchieved));
    parts.put(
        FigureTables.NOT_REPORTED.in(lang),
        BigDecimal.valueOf(indicators - indicatorsAchieved - indicatorsNotAchieved));
    JFreeChart chart =
        Charts.pie(
            Message.of(
                    "tidtam.chart.indicatorsAchieved",
                    "achieved",
                    String.valueOf(indicatorsAchieved),
                    "all",
                    String.valueOf(indicators))
                .in(lang),
            year(lang),
            parts);
    chart.getPlot().setNoDataMessage(Message.of("tidtam.chart.noData").in(lang));
    @SuppressWarnings("unchecked")
    PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
    plot.setSectionPaint(FigureTables.ACHIEVED.in(lang), DashboardCharts.ACHIEVED);
    plot.setSectionPaint(FigureTables.NOT_ACHIEVED.in(lang), DashboardCharts.NOT_ACHIEVED);
    plot.setSectionPaint(FigureTables.NOT_REPORTED.in(lang), DashboardCharts.NOT_REPORTED);
    return chart;
  }

  /** The budget allocated against spent per group, as bars across. */
  public JFreeChart budgetChart(Lang lang) {
    List<String> categories = budgetByGroup.stream().map(b -> b.title().in(lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("งบประมาณที่ได้รับ", "Allocated").in(lang),
        budgetByGroup.stream().map(b -> (@Nullable BigDecimal) b.allocated()).toList());
    series.put(
        LocalizedText.of("ผลการเบิกจ่าย", "Spent").in(lang),
        budgetByGroup.stream().map(b -> (@Nullable BigDecimal) b.spent()).toList());
    return Charts.bar(
        LocalizedText.of(
                "งบประมาณที่ได้รับและผลการเบิกจ่าย จำแนกตามกลุ่ม",
                "Budget allocated and spent by group")
            .in(lang),
        year(lang),
        categories,
        series,
        LocalizedText.of("บาท", "Baht").in(lang),
        true,
        false,
        List.of());
  }

  /** The schools per district, as bars. */
  public JFreeChart schoolsChart(Lang lang) {
    List<String> categories = schoolsByDistrict.stream().map(c -> c.label().in(lang)).toList();
    Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
    series.put(
        LocalizedText.of("จำนวนโรงเรียน", "Schools").in(lang),
        schoolsByDistrict.stream()
            .map(c -> (@Nullable BigDecimal) BigDecimal.valueOf(c.count()))
            .toList());
    return Charts.wholeNumbers(
        Charts.bar(
            LocalizedText.of("จำนวนสถานศึกษา จำแนกตามอำเภอ", "Schools by district").in(lang),
            null,
            categories,
            series,
            LocalizedText.of("จำนวนโรงเรียน", "Schools").in(lang),
            false,
            false,
            List.of()));
  }

  /** {@link #indicatorsChart} as PNG bytes. */
  public byte[] indicatorsChartPng(Lang lang) {
    return ChartImages.png(indicatorsChart(lang));
  }

  /** {@link #budgetChart} as PNG bytes. */
  public byte[] budgetChartPng(Lang lang) {
    return ChartImages.png(budgetChart(lang));
  }

  /** {@link #schoolsChart} as PNG bytes. */
  public byte[] schoolsChartPng(Lang lang) {
    return ChartImages.png(schoolsChart(lang));
  }

  private String year(Lang lang) {
    return Message.of("tidtam.summary.year", "year", String.valueOf(fiscalYear)).in(lang);
  }

  private static LocalizedText text(String key, Object... namesAndValues) {
    return FigureTables.message(key, namesAndValues);
  }

  private static String n(int value) {
    return ThaiNumbers.integer(value);
  }

  private static String pct(@Nullable BigDecimal value) {
    return FigureTable.text(value, Lang.TH);
  }
}
