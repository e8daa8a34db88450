package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.form.FormContext;
import org.tidtam.form.ProjectFact;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.Round;

/**
 * The group's projects of one fiscal year and round, as their project reports (form 7.2) state them
 * through {@link ProjectFact}s: amounts, status, and which office indicators, OBEC policy and focus
 * points each project serves. Form 7.1 never reads form 7.2's data itself.
 */
final class ProjectReports {

  private final Map<String, ProjectFact> byCode = new LinkedHashMap<>();

  private ProjectReports() {}

  static ProjectReports of(FormContext context, int fiscalYear, Round round, String group) {
    ProjectReports r = new ProjectReports();
    if (group.isBlank()) {
      return r;
    }
    for (ProjectFact p : context.projects(fiscalYear, round, group)) {
      r.byCode.putIfAbsent(p.code().isBlank() ? p.name() : p.code(), p);
    }
    return r;
  }

  /** The projects of every group of the catalog, for the office's own report. */
  static ProjectReports ofOffice(
      FormContext context, int fiscalYear, Round round, List<OrgGroup> groups) {
    ProjectReports r = new ProjectReports();
    for (OrgGroup g : groups) {
      for (ProjectFact p : context.projects(fiscalYear, round, g.code())) {
        r.byCode.putIfAbsent(p.code().isBlank() ? p.name() : p.code(), p);
      }
    }
    return r;
  }

  List<ProjectFact> summaries() {
    return List.copyOf(byCode.values());
  }

  Optional<ProjectFact> summary(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The projects that declare an indicator. */
  List<ProjectFact> linkedTo(String indicatorCode) {
    return byCode.values().stream()
        .filter(p -> p.indicatorCodes().contains(indicatorCode))
        .toList();
  }

  /**
   * The sum of an amount over the projects of the codes the context knows; null if it knows none.
   */
  @Nullable BigDecimal sum(Collection<String> codes, boolean spent) {
    List<ProjectFact> found = codes.stream().map(byCode::get).filter(p -> p != null).toList();
    if (found.isEmpty()) {
      return null;
    }
    return Amounts.sum(found, spent ? ProjectFact::spent : ProjectFact::allocated);
  }
}
