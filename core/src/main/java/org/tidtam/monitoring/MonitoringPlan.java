package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.School;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.Round;

/**
 * The monitoring plan (แผนกำกับ ติดตาม) of one fiscal year: its rounds with their reporting windows
 * and the form each kind of unit owes in each, the projects of the action plan, and the reopenings
 * planners granted after a window closed. Immutable.
 *
 * @param fiscalYear the B.E. fiscal year, e.g. 2569
 * @param rounds at most one per {@link Round}, in the order they are reported
 */
public record MonitoringPlan(
    int fiscalYear,
    List<RoundPlan> rounds,
    List<PlannedProject> projects,
    List<Reopening> reopenings) {

  /** Each school 7.3, each group 7.1, each project of the action plan 7.2. */
  public static final Map<UnitKind, String> USUAL_FORMS =
      Map.of(UnitKind.SCHOOL, "7.3", UnitKind.GROUP, "7.1", UnitKind.PROJECT, "7.2");

  /**
   * The plan a year starts with: the 6- and 12-month rounds with their usual windows ({@link
   * ReportingWindow#usual}) and the usual forms, for these projects of the action plan.
   */
  public static MonitoringPlan usual(int fiscalYear, List<PlannedProject> projects) {
    return new MonitoringPlan(
        fiscalYear,
        List.of(Round.ROUND_6M, Round.ROUND_12M).stream()
            .map(r -> new RoundPlan(r, ReportingWindow.usual(fiscalYear, r), USUAL_FORMS))
            .toList(),
        projects,
        List.of());
  }

  public MonitoringPlan {
    rounds = List.copyOf(rounds);
    projects = List.copyOf(projects);
    reopenings = List.copyOf(reopenings);
    Set<Round> seen = new HashSet<>();
    for (RoundPlan round : rounds) {
      if (!seen.add(round.round())) {
        throw new IllegalArgumentException("round planned twice: " + round.round());
      }
    }
    Set<String> codes = new HashSet<>();
    for (PlannedProject project : projects) {
      if (!codes.add(project.code())) {
        throw new IllegalArgumentException("project planned twice: " + project.code());
      }
    }
  }

  public Optional<RoundPlan> round(Round round) {
    return rounds.stream().filter(r -> r.round() == round).findFirst();
  }

  /** The same plan with one more reopening. */
  public MonitoringPlan reopen(Reopening reopening) {
    List<Reopening> more = new ArrayList<>(reopenings);
    more.add(reopening);
    return new MonitoringPlan(fiscalYear, rounds, projects, more);
  }

  /** Every report the plan expects in every round, round by round. */
  public List<ExpectedSubmission> expected(Catalog catalog) {
    List<ExpectedSubmission> out = new ArrayList<>();
    for (RoundPlan round : rounds) {
      out.addAll(expected(catalog, round));
    }
    return out;
  }

  /**
   * The reports the plan expects in a round: each school of the catalog owes the schools' form,
   * each group the groups' form, each project of the plan the projects' form (filed under its
   * group); schools first, in catalog order, then groups, then projects. Empty for a round that is
   * not in the plan.
   */
  public List<ExpectedSubmission> expected(Catalog catalog, Round round) {
    return round(round).map(r -> expected(catalog, r)).orElse(List.of());
  }

  private List<ExpectedSubmission> expected(Catalog catalog, RoundPlan plan) {
    List<ExpectedSubmission> out = new ArrayList<>();
    Round round = plan.round();
    plan.formOf(UnitKind.SCHOOL)
        .ifPresent(
            form -> {
              for (School school : catalog.schools()) {
                out.add(new ExpectedSubmission(unitOf(school), form, round));
              }
            });
    plan.formOf(UnitKind.GROUP)
        .ifPresent(
            form -> {
              for (OrgGroup group : catalog.groups()) {
                out.add(new ExpectedSubmission(unitOf(group), form, round));
              }
            });
    plan.formOf(UnitKind.PROJECT)
        .ifPresent(
            form -> {
              for (PlannedProject project : projects) {
                out.add(new ExpectedSubmission(unitOf(project), form, round));
              }
            });
    return out;
  }

  static ReportingUnit unitOf(School school) {
    return new ReportingUnit(
        UnitKind.SCHOOL,
        school.code(),
        LocalizedText.of(school.name(), school.name()),
        school.code());
  }

  static ReportingUnit unitOf(OrgGroup group) {
    return new ReportingUnit(UnitKind.GROUP, group.code(), group.name(), group.code());
  }

  static ReportingUnit unitOf(PlannedProject project) {
    return new ReportingUnit(
        UnitKind.PROJECT,
        project.code(),
        LocalizedText.of(project.name(), project.name()),
        project.groupCode());
  }

  /**
   * Whether a unit may submit a form of a round on a day: not before the window opens; not after it
   * closes unless a planner reopened the form for that unit and the reopening still runs. A round
   * the plan sets no window for is open.
   */
  public SubmitCheck submitCheck(String formId, Round round, String unitCode, LocalDate day) {
    Objects.requireNonNull(day, "day");
    Optional<RoundPlan> plan = round(round);
    if (plan.isEmpty()) {
      return SubmitCheck.ALLOWED;
    }
    ReportingWindow window = plan.get().window();
    if (day.isBefore(window.opens())) {
      return SubmitCheck.NOT_YET_OPEN;
    }
    if (!day.isAfter(window.closes())) {
      return SubmitCheck.ALLOWED;
    }
    boolean reopened =
        reopenings.stream()
            .anyMatch(
                r ->
                    r.round() == round
                        && r.formId().equals(formId)
                        && r.unitCode().equals(unitCode)
                        && !day.isAfter(r.until()));
    return reopened ? SubmitCheck.REOPENED : SubmitCheck.CLOSED;
  }
}
