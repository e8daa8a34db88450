package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.form.FormContext;
import org.tidtam.form.PrefillRequest;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.monitoring.IndicatorMeasure;

/**
 * Makes the draft of a group's report so that nothing the office already knows is typed again:
 * section 1 from the request, and one section-2 row per indicator the catalog assigns to the group
 * (strategy, text, unit, target, direction), linked to the group's 7.2 projects that declare the
 * indicator, with their OBEC policy and focus points and their budget.
 */
final class Drafts {
  private Drafts() {}

  static Optional<EsaMonitoring> prefill(PrefillRequest request, FormContext context) {
    Catalog catalog = context.catalog();
    Optional<OrgGroup> group = catalog.group(request.unitCode());
    if (group.isEmpty()) {
      return Optional.empty();
    }
    ProjectReports reports =
        ProjectReports.of(context, request.fiscalYear(), request.round(), request.unitCode());
    List<IndicatorResult> rows = new ArrayList<>();
    for (Indicator i : ownedIndicators(catalog, request.fiscalYear(), request.unitCode())) {
      rows.add(row(i, group.get(), reports));
    }
    return Optional.of(
        new EsaMonitoring(
            request.fiscalYear(),
            request.round(),
            request.unitCode(),
            "",
            "",
            null,
            null,
            rows,
            null,
            false,
            List.of(),
            false,
            List.of(),
            List.of(),
            null,
            null));
  }

  /** The indicators of a fiscal year that the catalog assigns to a group, in catalog order. */
  static List<Indicator> ownedIndicators(Catalog catalog, int fiscalYear, String groupCode) {
    return catalog.indicators().stream()
        .filter(i -> i.fiscalYear() == fiscalYear && groupCode.equals(i.ownerGroup()))
        .toList();
  }

  private static IndicatorResult row(Indicator i, OrgGroup group, ProjectReports reports) {
    List<ProjectFact> linked = reports.linkedTo(i.code());
    List<String> codes =
        linked.stream().map(p -> p.code().isBlank() ? p.name() : p.code()).distinct().toList();
    Set<String> focus = new LinkedHashSet<>();
    linked.forEach(l -> focus.addAll(l.focusCodes()));
    BigDecimal allocated = reports.sum(codes, false);
    BigDecimal spent = reports.sum(codes, true);
    return new IndicatorResult(
        mostCommonPolicy(linked),
        List.copyOf(focus),
        i.strategyCode(),
        i.code(),
        i.title().th(),
        group.name().th(),
        new IndicatorMeasure(
            i.unit(),
            i.direction(),
            i.target(),
            i.targetNote(),
            null,
            null,
            null,
            null,
            null,
            null),
        "",
        List.of(),
        codes,
        false,
        allocated,
        spent);
  }

  private static @Nullable String mostCommonPolicy(List<ProjectFact> linked) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ProjectFact l : linked) {
      if (l.policyCode() != null) {
        counts.merge(l.policyCode(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
