package org.tidtam.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.School;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.catalog.Strategy;
import org.tidtam.figures.DashboardFigures.Achievement;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.IndicatorLine;
import org.tidtam.figures.DashboardFigures.MissingUnit;
import org.tidtam.figures.DashboardFigures.SchoolGroup;
import org.tidtam.form.Fact;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.ReportingUnit;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Amounts;

/**
 * Computes the {@link DashboardFigures} of a round.
 *
 * <ul>
 *   <li>Completeness and timeliness come from the round's follow-up ({@link
 *       org.tidtam.monitoring.FollowUp}): a report counts when delivered (submitted or approved),
 *       on time when delivered by the due day.
 *   <li>An indicator's result is the one its owner group states in form 7.1, else any group's in
 *       7.1, else the first project report's (7.2). Whether it is achieved is what the form says,
 *       else the indicator's direction applied to result and target. Its policies are those of the
 *       projects that serve it.
 *   <li>Money is the projects' (7.2): allocated is the money available, spent the latest cumulative
 *       disbursement; a project without sources counts under "not told".
 *   <li>Schools are the catalog's, in its districts and sizes (the report's size when the catalog
 *       has none); their results come from their reports (7.3). A mean is the mean of the schools'
 *       means, 2 decimals half up.
 * </ul>
 *
 * The facts given should be those of the delivered submissions of the year and round; others are
 * ignored. When a unit states the same thing twice, the last one counts.
 */
public final class Figures {

  private static final FormId FORM_71 = FormId.of("7.1");

  static final LocalizedText NO_SOURCE =
      LocalizedText.of("ไม่ระบุแหล่งงบประมาณ", "Source not told");
  static final LocalizedText NO_SIZE = LocalizedText.of("ไม่ทราบขนาด", "Size not known");

  private Figures() {}

  /**
   * The figures of the follow-up's round under a filter.
   *
   * @param followUp the follow-up of the filter's fiscal year and round
   * @param facts the facts the delivered submissions of the year and round state
   */
  public static DashboardFigures of(
      Catalog catalog,
      FollowUpReport followUp,
      List<? extends Fact> facts,
      DashboardFilter filter,
      QualityTargets targets) {
    if (followUp.fiscalYear() != filter.fiscalYear() || followUp.round() != filter.round()) {
      throw new IllegalArgumentException(
          "the follow-up of "
              + followUp.fiscalYear()
              + " "
              + followUp.round()
              + " does not fit the filter "
              + filter);
    }
    Map<String, ProjectFact> projects = new LinkedHashMap<>();
    Map<String, List<IndicatorFact>> results = new HashMap<>();
    Map<String, SchoolFact> schools = new HashMap<>();
    for (Fact fact : facts) {
      if (fact.filing().fiscalYear() != filter.fiscalYear()
          || fact.filing().round() != filter.round()) {
        continue;
      }
      switch (fact) {
        case ProjectFact p -> projects.put(p.groupCode() + "\u0000" + p.code(), p);
        case IndicatorFact i ->
            results.computeIfAbsent(i.indicatorCode(), k -> new ArrayList<>()).add(i);
        case SchoolFact s -> schools.put(s.schoolCode(), s);
        default -> {}
      }
    }
    List<ProjectFact> projectList = new ArrayList<>(projects.values());
    projectList.sort(Comparator.comparing(ProjectFact::groupCode).thenComparing(ProjectFact::code));

    List<IndicatorLine> indicators = indicators(catalog, filter, results, projectList);
    return new DashboardFigures(
        filter,
        targets,
        completeness(catalog, followUp, filter),
        indicators,
        strategies(catalog, filter, indicators),
        policies(catalog, filter, indicators),
        groups(catalog, filter, projectList),
        sources(filter, projectList),
        districts(catalog, filter, targets, schools),
        sizes(catalog, filter, targets, schools),
        missing(catalog, followUp, filter),
        projectList.stream().filter(p -> filter.group(p.groupCode())).toList(),
        catalog.schools().stream()
            .filter(s -> filter.district(s.district()))
            .map(s -> schools.get(s.code()))
            .filter(Objects::nonNull)
            .toList());
  }

  private static boolean counts(Catalog catalog, ReportingUnit unit, DashboardFilter filter) {
    if (unit.kind() == UnitKind.SCHOOL) {
      return filter.district(catalog.school(unit.code()).map(School::district).orElse(null));
    }
    return filter.group(unit.filingUnit());
  }

  private static List<FormCompleteness> completeness(
      Catalog catalog, FollowUpReport followUp, DashboardFilter filter) {
    Map<String, FormCompleteness> perForm = new TreeMap<>();
    for (FollowUpReport.UnitFigures u : followUp.units()) {
      if (!counts(catalog, u.unit(), filter)) {
        continue;
      }
      boolean delivered = u.counts().submitted() > 0;
      FormCompleteness one =
          new FormCompleteness(
              u.formId(),
              1,
              delivered ? 1 : 0,
              delivered && u.counts().late() == 0 ? 1 : 0,
              delivered ? 0 : 1);
      perForm.merge(u.formId(), one, FormCompleteness::plus);
    }
    return List.copyOf(perForm.values());
  }

  private static List<MissingUnit> missing(
      Catalog catalog, FollowUpReport followUp, DashboardFilter filter) {
    return followUp.missing().stream()
        .filter(m -> counts(catalog, m.unit(), filter))
        .map(m -> new MissingUnit(m.formId(), m.unit().code(), m.unit().name(), m.late()))
        .toList();
  }

  private static List<IndicatorLine> indicators(
      Catalog catalog,
      DashboardFilter filter,
      Map<String, List<IndicatorFact>> results,
      List<ProjectFact> projects) {
    List<IndicatorLine> out = new ArrayList<>();
    for (Indicator indicator : catalog.indicators()) {
      if (indicator.fiscalYear() != filter.fiscalYear() || !filter.group(indicator.ownerGroup())) {
        continue;
      }
      IndicatorFact fact = result(indicator, results.getOrDefault(indicator.code(), List.of()));
      BigDecimal target =
          indicator.target() != null ? indicator.target() : fact == null ? null : fact.target();
      BigDecimal result = fact == null ? null : fact.result();
      Boolean achieved = fact == null ? null : fact.achieved();
      if (achieved == null && result != null && target != null) {
        achieved = Direction.orDefault(indicator.direction()).achieved(result, target);
      }
      Set<String> policies = new LinkedHashSet<>();
      for (ProjectFact p : projects) {
        if (p.policyCode() != null && p.indicatorCodes().contains(indicator.code())) {
          policies.add(p.policyCode());
        }
      }
      LocalizedText strategy =
          catalog
              .strategy(indicator.strategyCode())
              .map(Strategy::title)
              .orElse(LocalizedText.of(indicator.strategyCode(), indicator.strategyCode()));
      out.add(
          new IndicatorLine(
              indicator,
              strategy,
              target,
              result,
              fact == null || (result == null && fact.achieved() == null) ? null : achieved,
              fact == null || fact.source() == null ? null : fact.source().value(),
              List.copyOf(policies)));
    }
    return out;
  }

  /** The owner group's 7.1 result, else any 7.1 result, else the first other one. */
  private static @Nullable IndicatorFact result(Indicator indicator, List<IndicatorFact> facts) {
    IndicatorFact anyForm71 = null;
    IndicatorFact first = null;
    for (IndicatorFact f : facts) {
      if (f.result() == null && f.achieved() == null) {
        continue;
      }
      if (f.from(FORM_71)) {
        if (f.filing().unitCode().equals(indicator.ownerGroup())) {
          return f;
        }
        anyForm71 = anyForm71 == null ? f : anyForm71;
      }
      first = first == null ? f : first;
    }
    return anyForm71 != null ? anyForm71 : first;
  }

  private static List<Achievement> strategies(
      Catalog catalog, DashboardFilter filter, List<IndicatorLine> indicators) {
    List<Achievement> out = new ArrayList<>();
    catalog.strategies().stream()
        .filter(s -> s.fiscalYear() == filter.fiscalYear())
        .sorted(Comparator.comparingInt(Strategy::number))
        .forEach(
            s -> {
              List<IndicatorLine> own =
                  indicators.stream()
                      .filter(i -> i.indicator().strategyCode().equals(s.code()))
                      .toList();
              if (!own.isEmpty()) {
                out.add(achievement(s.code(), numbered(s.number(), s.title()), own));
              }
            });
    return out;
  }

  private static List<Achievement> policies(
      Catalog catalog, DashboardFilter filter, List<IndicatorLine> indicators) {
    List<Achievement> out = new ArrayList<>();
    catalog.policies().stream()
        .filter(p -> p.kind() == ReferenceKind.OBEC_POLICY && p.fiscalYear() == filter.fiscalYear())
        .sorted(Comparator.comparingInt(PolicyItem::number))
        .forEach(
            p -> {
              List<IndicatorLine> served =
                  indicators.stream().filter(i -> i.policyCodes().contains(p.code())).toList();
              if (!served.isEmpty()) {
                out.add(achievement(p.code(), numbered(p.number(), p.title()), served));
              }
            });
    return out;
  }

  private static LocalizedText numbered(int number, LocalizedText title) {
    return LocalizedText.of(number + ". " + title.th(), number + ". " + title.en());
  }

  private static Achievement achievement(
      String code, LocalizedText title, List<IndicatorLine> lines) {
    int reported = (int) lines.stream().filter(l -> l.achieved() != null).count();
    int achieved = (int) lines.stream().filter(l -> Boolean.TRUE.equals(l.achieved())).count();
    return new Achievement(code, title, lines.size(), reported, achieved);
  }

  private static List<Budget> groups(
      Catalog catalog, DashboardFilter filter, List<ProjectFact> projects) {
    List<Budget> out = new ArrayList<>();
    for (OrgGroup group : catalog.groups()) {
      if (!filter.group(group.code())) {
        continue;
      }
      List<ProjectFact> own =
          projects.stream().filter(p -> p.groupCode().equals(group.code())).toList();
      if (!own.isEmpty()) {
        out.add(
            new Budget(
                group.code(),
                group.name(),
                own.size(),
                Amounts.sum(own, ProjectFact::allocated),
                Amounts.sum(own, ProjectFact::spent)));
      }
    }
    return out;
  }

  private static List<Budget> sources(DashboardFilter filter, List<ProjectFact> projects) {
    record Sum(LocalizedText title, Set<String> projects, BigDecimal allocated, BigDecimal spent) {}
    Map<String, Sum> sums = new LinkedHashMap<>();
    for (ProjectFact p : projects) {
      if (!filter.group(p.groupCode())) {
        continue;
      }
      String key = p.groupCode() + "\u0000" + p.code();
      List<ProjectFact.Funding> funding =
          p.funding().isEmpty()
              ? List.of(new ProjectFact.Funding("", NO_SOURCE, p.allocated(), p.spent()))
              : p.funding();
      for (ProjectFact.Funding f : funding) {
        Sum was = sums.get(f.sourceCode());
        Set<String> ids = was == null ? new LinkedHashSet<>() : was.projects();
        ids.add(key);
        sums.put(
            f.sourceCode(),
            new Sum(
                was == null ? f.source() : was.title(),
                ids,
                (was == null ? BigDecimal.ZERO : was.allocated()).add(f.allocated()),
                (was == null ? BigDecimal.ZERO : was.spent()).add(f.spent())));
      }
    }
    List<Budget> out = new ArrayList<>();
    sums.forEach(
        (code, sum) ->
            out.add(
                new Budget(
                    code,
                    sum.title(),
                    sum.projects().size(),
                    sum.allocated().setScale(2, RoundingMode.HALF_UP),
                    sum.spent().setScale(2, RoundingMode.HALF_UP))));
    out.sort(Comparator.comparing((Budget b) -> b.code().isEmpty()));
    return out;
  }

  private static List<SchoolGroup> districts(
      Catalog catalog,
      DashboardFilter filter,
      QualityTargets targets,
      Map<String, SchoolFact> facts) {
    List<SchoolGroup> out = new ArrayList<>();
    Set<String> districts = new LinkedHashSet<>(catalog.districts());
    catalog.schools().forEach(s -> districts.add(s.district()));
    for (String district : districts) {
      if (!filter.district(district)) {
        continue;
      }
      List<School> own =
          catalog.schools().stream().filter(s -> Objects.equals(s.district(), district)).toList();
      if (!own.isEmpty()) {
        out.add(group(district, LocalizedText.of(district, district), own, facts, targets));
      }
    }
    return out;
  }

  private static List<SchoolGroup> sizes(
      Catalog catalog,
      DashboardFilter filter,
      QualityTargets targets,
      Map<String, SchoolFact> facts) {
    Map<@Nullable SchoolSize, List<School>> bySize = new LinkedHashMap<>();
    for (SchoolSize size : SchoolSize.values()) {
      bySize.put(size, new ArrayList<>());
    }
    bySize.put(null, new ArrayList<>());
    for (School school : catalog.schools()) {
      if (!filter.district(school.district())) {
        continue;
      }
      SchoolSize size = school.size();
      if (size == null) {
        SchoolFact fact = facts.get(school.code());
        size = fact == null ? null : fact.size();
      }
      bySize.get(size).add(school);
    }
    List<SchoolGroup> out = new ArrayList<>();
    bySize.forEach(
        (size, own) -> {
          if (!own.isEmpty()) {
            out.add(
                group(
                    size == null ? "" : size.name(),
                    size == null ? NO_SIZE : size.label(),
                    own,
                    facts,
                    targets));
          }
        });
    return out;
  }

  private static SchoolGroup group(
      String code,
      LocalizedText title,
      List<School> schools,
      Map<String, SchoolFact> facts,
      QualityTargets targets) {
    List<SchoolFact> reported =
        schools.stream().map(s -> facts.get(s.code())).filter(Objects::nonNull).toList();
    List<BigDecimal> rt =
        reported.stream().map(SchoolFact::rtMean).filter(Objects::nonNull).toList();
    List<BigDecimal> nt =
        reported.stream().map(SchoolFact::ntMean).filter(Objects::nonNull).toList();
    return new SchoolGroup(
        code,
        title,
        schools.size(),
        reported.size(),
        mean(rt),
        atTarget(rt, targets.rt()),
        mean(nt),
        atTarget(nt, targets.nt()),
        reported.stream().mapToInt(SchoolFact::awards).sum());
  }

  static @Nullable BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }

  private static int atTarget(List<BigDecimal> values, @Nullable BigDecimal target) {
    return target == null ? 0 : (int) values.stream().filter(v -> v.compareTo(target) >= 0).count();
  }
}
