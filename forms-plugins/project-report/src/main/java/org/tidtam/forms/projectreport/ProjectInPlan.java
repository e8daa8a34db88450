package org.tidtam.forms.projectreport;

import java.util.List;
import org.tidtam.catalog.Project;
import org.tidtam.form.FormContext;
import org.tidtam.i18n.Message;
import org.tidtam.validation.Violation;

/**
 * A project report names a project of its year's action plan: a code the plan does not hold is a
 * warning at the code (a typo, or a project the planners have not yet added). Nothing is said when
 * the catalog knows no projects of that year.
 */
final class ProjectInPlan {

  private ProjectInPlan() {}

  static List<Violation> check(ProjectReport form, FormContext context) {
    String code = form.projectCode();
    if (code == null || code.isBlank()) {
      return List.of();
    }
    List<Project> planned = context.catalog().projectsOf(form.fiscalYear());
    if (planned.isEmpty() || planned.stream().anyMatch(p -> p.code().equals(code.strip()))) {
      return List.of();
    }
    return List.of(
        Violation.warning(
            "projectCode",
            Message.of(
                "tidtam.form72.projectCode.notInPlan",
                "code",
                code,
                "year",
                form.fiscalYear(),
                "codes",
                String.join(", ", planned.stream().map(Project::code).toList()))));
  }
}
