package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.ProjectSummary;
import org.tidtam.form.SubmissionDocument;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.Round;
import tools.jackson.databind.JsonNode;

/**
 * The group's form 7.2 reports of one fiscal year and round, as far as form 7.1 needs them: the
 * project summaries (amounts, status) and which office indicators, OBEC policy and focus points
 * each project declares. Read from the submission JSON, so form 7.1 does not depend on the 7.2
 * plugin.
 */
final class ProjectReports {
  static final FormId FORM_72 = FormId.of("7.2");

  /** What one 7.2 report links to. */
  record Links(String code, List<String> indicators, @Nullable String policy, List<String> focus) {}

  private final Map<String, ProjectSummary> summaries = new LinkedHashMap<>();
  private final List<Links> links = new ArrayList<>();

  private ProjectReports() {}

  static ProjectReports of(FormContext context, int fiscalYear, Round round, String group) {
    ProjectReports r = new ProjectReports();
    if (group.isBlank()) {
      return r;
    }
    for (ProjectSummary p : context.projects(fiscalYear, round, group)) {
      r.summaries.putIfAbsent(p.code(), p);
    }
    for (SubmissionDocument d : context.submissions(FORM_72, fiscalYear, round)) {
      JsonNode data = d.data();
      if (data == null || !group.equals(text(data, "responsibleGroup"))) {
        continue;
      }
      String code = text(data, "projectCode");
      if (code == null) {
        code = text(data, "projectName");
      }
      if (code != null) {
        r.links.add(
            new Links(
                code,
                texts(data, "esaIndicators"),
                text(data, "obecPolicy"),
                texts(data, "obecFocus")));
      }
    }
    return r;
  }

  List<ProjectSummary> summaries() {
    return List.copyOf(summaries.values());
  }

  Optional<ProjectSummary> summary(String code) {
    return Optional.ofNullable(summaries.get(code));
  }

  /** The 7.2 reports that declare an indicator. */
  List<Links> linkedTo(String indicatorCode) {
    return links.stream().filter(l -> l.indicators().contains(indicatorCode)).toList();
  }

  /**
   * The sum of an amount over the projects of the codes the context knows; null if it knows none.
   */
  @Nullable BigDecimal sum(Collection<String> codes, boolean spent) {
    List<ProjectSummary> found = codes.stream().map(summaries::get).filter(p -> p != null).toList();
    if (found.isEmpty()) {
      return null;
    }
    return Amounts.sum(found, spent ? ProjectSummary::spent : ProjectSummary::allocated);
  }

  private static @Nullable String text(JsonNode data, String field) {
    JsonNode n = data.get(field);
    return n == null || !n.isString() || n.asString().isBlank() ? null : n.asString();
  }

  private static List<String> texts(JsonNode data, String field) {
    JsonNode n = data.get(field);
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(
          e -> {
            if (e.isString() && !e.asString().isBlank()) {
              out.add(e.asString());
            }
          });
    }
    return out;
  }
}
