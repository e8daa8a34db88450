package org.tidtam.figures;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Indicator;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.Amounts;

/**
 * The dashboard's figures of a fiscal year and round (see {@link Figures#of}), each group also as a
 * {@link FigureTable} ({@link #tables()}).
 *
 * @param completeness the reports per form: expected, delivered, on time
 * @param indicators each indicator with its target and result
 * @param strategies indicators achieved per strategy
 * @param policies indicators achieved per OBEC policy, through the projects that serve them
 * @param groups the budget per group
 * @param sources the budget per funding source
 * @param districts the schools per district
 * @param sizes the schools per size
 * @param missing the units whose reports are not delivered, with the form they owe
 * @param projects the projects as their reports (7.2) state them, by group and code
 * @param schoolReports the schools' reports (7.3) of the catalog's schools, in catalog order
 */
public record DashboardFigures(
    DashboardFilter filter,
    QualityTargets targets,
    List<FormCompleteness> completeness,
    List<IndicatorLine> indicators,
    List<Achievement> strategies,
    List<Achievement> policies,
    List<Budget> groups,
    List<Budget> sources,
    List<SchoolGroup> districts,
    List<SchoolGroup> sizes,
    List<MissingUnit> missing,
    List<ProjectFact> projects,
    List<SchoolFact> schoolReports) {

  public DashboardFigures {
    completeness = List.copyOf(completeness);
    indicators = List.copyOf(indicators);
    strategies = List.copyOf(strategies);
    policies = List.copyOf(policies);
    groups = List.copyOf(groups);
    sources = List.copyOf(sources);
    districts = List.copyOf(districts);
    sizes = List.copyOf(sizes);
    missing = List.copyOf(missing);
    projects = List.copyOf(projects);
    schoolReports = List.copyOf(schoolReports);
  }

  /**
   * The reports of one form in the round.
   *
   * @param submitted delivered: submitted for review or approved
   * @param onTime delivered by the due day
   * @param missing not delivered (never started, a draft, or returned)
   */
  public record FormCompleteness(
      String formId, int expected, int submitted, int onTime, int missing) {

    /** Delivered after the due day. */
    public int late() {
      return submitted - onTime;
    }

    /** Delivered as a percentage of expected; null when nothing is expected. */
    public @Nullable BigDecimal completenessPct() {
      return pct(submitted, expected);
    }

    /** Delivered on time as a percentage of expected; null when nothing is expected. */
    public @Nullable BigDecimal timelinessPct() {
      return pct(onTime, expected);
    }

    FormCompleteness plus(FormCompleteness o) {
      return new FormCompleteness(
          formId,
          expected + o.expected,
          submitted + o.submitted,
          onTime + o.onTime,
          missing + o.missing);
    }
  }

  /**
   * One indicator of the office's plan with its target and its result in the round.
   *
   * @param result the result reported, null when not reported
   * @param achieved whether the target is met; null when not reported or it cannot be told
   * @param source the form the result comes from ({@code 7.1}, else {@code 7.2}), null when none
   * @param policyCodes the OBEC policies of the projects that serve the indicator
   */
  public record IndicatorLine(
      Indicator indicator,
      LocalizedText strategy,
      @Nullable BigDecimal target,
      @Nullable BigDecimal result,
      @Nullable Boolean achieved,
      @Nullable String source,
      List<String> policyCodes) {

    public IndicatorLine {
      policyCodes = List.copyOf(policyCodes);
    }

    /** The target as printed: the number, or the catalog's note when it is not a number. */
    public @Nullable String targetText() {
      return target != null
          ? org.tidtam.thai.ThaiNumbers.decimal(target, 2)
          : indicator.targetNote();
    }
  }

  /** Indicators achieved x of y for a strategy or a policy. */
  public record Achievement(
      String code, LocalizedText title, int indicators, int reported, int achieved) {

    public int notAchieved() {
      return reported - achieved;
    }

    /** Achieved as a percentage of all its indicators; null without indicators. */
    public @Nullable BigDecimal achievedPct() {
      return pct(achieved, indicators);
    }
  }

  /** Money allocated and spent for a group or a funding source. */
  public record Budget(
      String code, LocalizedText title, int projects, BigDecimal allocated, BigDecimal spent) {

    public BigDecimal remaining() {
      return allocated.subtract(spent);
    }

    /** Spent as a percentage of allocated; null when nothing was allocated. */
    public @Nullable BigDecimal disbursedPct() {
      return Amounts.percent(spent, allocated);
    }
  }

  /**
   * The schools of a district or a size: how many, how many reported, their mean RT and NT results
   * (the mean of the schools' means) and how many schools reach the targets, and their awards.
   */
  public record SchoolGroup(
      String code,
      LocalizedText title,
      int schools,
      int reported,
      @Nullable BigDecimal rtMean,
      int rtAtTarget,
      @Nullable BigDecimal ntMean,
      int ntAtTarget,
      int awards) {}

  /** A unit that owes a report it has not delivered. */
  public record MissingUnit(String formId, String unitCode, LocalizedText unit, boolean late) {}

  /** All forms together. */
  public FormCompleteness totalCompleteness() {
    FormCompleteness total = new FormCompleteness("", 0, 0, 0, 0);
    for (FormCompleteness f : completeness) {
      total = total.plus(f);
    }
    return total;
  }

  /** The indicators that reached their target. */
  public int indicatorsAchieved() {
    return (int) indicators.stream().filter(i -> Boolean.TRUE.equals(i.achieved())).count();
  }

  /** The indicators whose result is reported and below target. */
  public List<IndicatorLine> indicatorsNotAchieved() {
    return indicators.stream().filter(i -> Boolean.FALSE.equals(i.achieved())).toList();
  }

  /** The budget of every group together. */
  public Budget totalBudget() {
    return new Budget(
        "",
        LocalizedText.of("รวม", "Total"),
        groups.stream().mapToInt(Budget::projects).sum(),
        Amounts.sum(groups, Budget::allocated),
        Amounts.sum(groups, Budget::spent));
  }

  /** Every group of figures as a table, in the dashboard's order. */
  public List<FigureTable> tables() {
    return List.of(
        FigureTables.completeness(this),
        FigureTables.strategies(this),
        FigureTables.policies(this),
        FigureTables.indicators(this),
        FigureTables.groups(this),
        FigureTables.sources(this),
        FigureTables.districts(this),
        FigureTables.sizes(this));
  }

  static @Nullable BigDecimal pct(int part, int whole) {
    return Amounts.percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }
}
