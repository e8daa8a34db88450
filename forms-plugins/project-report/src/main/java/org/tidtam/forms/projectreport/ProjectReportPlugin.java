package org.tidtam.forms.projectreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchemaMigration;
import org.tidtam.validation.Violation;

/** Form 7.2: the annual project performance report, registered with the host by ServiceLoader. */
public final class ProjectReportPlugin implements FormPlugin<ProjectReport> {
  private static final FormId ID = FormId.of("7.2");

  @Override
  public FormId id() {
    return ID;
  }

  @Override
  public Class<ProjectReport> formType() {
    return ProjectReport.class;
  }

  @Override
  public int schemaVersion() {
    return 2;
  }

  /** From version 1: the indicator results' values moved into one measure. */
  @Override
  public List<SchemaMigration> migrations() {
    return ProjectReportMigrations.all();
  }

  @Override
  public String templateName() {
    return "7.2-project-report.docx";
  }

  @Override
  public String sampleResource() {
    return "sample-7.2.json";
  }

  @Override
  public Class<ProjectReportDerived> derivedType() {
    return ProjectReportDerived.class;
  }

  @Override
  public ProjectReportDerived derive(ProjectReport form, FormContext context) {
    Catalog catalog = context.catalog();
    return new ProjectReportDerived(
        title(catalog, ReferenceKind.ORG_GROUP, form.responsibleGroup()),
        title(catalog, ReferenceKind.NATIONAL_STRATEGY, form.nationalStrategy()),
        title(catalog, ReferenceKind.OBEC_POLICY, form.obecPolicy()),
        titles(catalog, ReferenceKind.OBEC_FOCUS, form.obecFocus()),
        title(catalog, ReferenceKind.ESA_STRATEGY, form.esaStrategy()),
        titles(catalog, ReferenceKind.ESA_INDICATOR, form.esaIndicators()));
  }

  private static String title(Catalog catalog, ReferenceKind kind, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return catalog.item(kind, code).map(i -> i.label().th()).orElse(code);
  }

  private static List<String> titles(Catalog catalog, ReferenceKind kind, List<String> codes) {
    return codes.stream().map(c -> title(catalog, kind, c)).toList();
  }

  /** The project code against the projects of the year's action plan. */
  @Override
  public List<Violation> crossChecks(ProjectReport form, FormContext context) {
    return ProjectInPlan.check(form, context);
  }

  /**
   * One demo report per project the group owns in the catalog's action plan; see {@link
   * ProjectDemo}.
   */
  @Override
  public List<ProjectReport> demo(
      ProjectReport sample, Filing filing, FormContext context, RandomGenerator random) {
    return ProjectDemo.of(sample, filing, context, random);
  }

  @Override
  public Optional<Filing> filing(ProjectReport form) {
    return Filing.of(form.fiscalYear(), form.round(), form.responsibleGroup());
  }

  @Override
  public Set<Class<? extends Fact>> factKinds() {
    return Set.of(ProjectFact.class, IndicatorFact.class);
  }

  /**
   * The project as form 7.1, the dashboard and the annual report see it (with its money per funding
   * source), and the result of each office indicator it reports, which form 7.1 compares with the
   * group's own result.
   */
  @Override
  public List<Fact> facts(ProjectReport form, Filing filing) {
    List<Fact> out = new ArrayList<>();
    out.add(summarize(form, filing));
    for (IndicatorResult r : form.indicatorResults()) {
      if (r.indicatorCode() != null && !r.indicatorCode().isBlank()) {
        out.add(
            new IndicatorFact(
                filing,
                r.indicatorCode(),
                r.measure() == null ? null : r.measure().target(),
                r.result(),
                r.achieved(),
                ID));
      }
    }
    return out;
  }

  static ProjectFact summarize(ProjectReport form, Filing filing) {
    return new ProjectFact(
        filing,
        form.projectCode() == null ? "" : form.projectCode(),
        form.projectName() == null ? "" : form.projectName(),
        form.totalAvailable(),
        form.totalSpent(),
        form.projectStatus().label(),
        form.projectAssessment().label(),
        form.esaIndicators().stream().filter(c -> c != null && !c.isBlank()).toList(),
        form.obecPolicy() == null || form.obecPolicy().isBlank() ? null : form.obecPolicy(),
        form.obecFocus().stream().filter(c -> c != null && !c.isBlank()).toList(),
        form.fundingSources().stream()
            .filter(f -> f.source() != null)
            .map(
                f ->
                    new ProjectFact.Funding(
                        f.source().name(), f.source().label(), f.available(), f.spent()))
            .toList());
  }
}
