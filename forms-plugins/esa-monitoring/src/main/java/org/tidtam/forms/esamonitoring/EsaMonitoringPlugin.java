package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.tidtam.form.PrefillRequest;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchemaMigration;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.report.ReportPart;
import org.tidtam.report.ReportScope;
import org.tidtam.report.ReportSources;
import org.tidtam.thai.Amounts;
import org.tidtam.thai.DatePeriod;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;
import org.tidtam.validation.Violation;

/**
 * Form 7.1: a group's monitoring report on the policies, strategies and indicators of the office,
 * registered with the host by ServiceLoader. Besides the form it makes drafts from the catalog and
 * the group's 7.2 reports ({@link #prefill}), computes section 3 from those reports ({@link
 * #derive}) and checks the report against them ({@link #crossChecks}). The groups' reports of a
 * year combine into the office's own ({@link #officeForm}), which the annual report prints as an
 * annex.
 */
public final class EsaMonitoringPlugin implements FormPlugin<EsaMonitoring> {
  static final FormId ID = FormId.of("7.1");

  /** The annex of the office's own report: after the reports' completeness, before the editors. */
  static final int ANNEX_ORDER = 400;

  static final LocalizedText ANNEX_TITLE =
      LocalizedText.of(
          "แบบ 7.1 แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา",
          "Form 7.1, the monitoring and report form of the educational service area office");

  @Override
  public FormId id() {
    return ID;
  }

  @Override
  public Class<EsaMonitoring> formType() {
    return EsaMonitoring.class;
  }

  @Override
  public int schemaVersion() {
    return 2;
  }

  /** From version 1: a result row's values moved into one measure. */
  @Override
  public List<SchemaMigration> migrations() {
    return EsaMonitoringMigrations.all();
  }

  @Override
  public String templateName() {
    return "7.1-esa-monitoring.docx";
  }

  @Override
  public Class<EsaMonitoringDerived> derivedType() {
    return EsaMonitoringDerived.class;
  }

  /**
   * The draft of a group's report for a fiscal year and round: section 1 and one section-2 row per
   * indicator the catalog assigns to the group, linked to its 7.2 projects; empty for a group the
   * catalog does not know.
   */
  @Override
  public Optional<EsaMonitoring> prefill(PrefillRequest request, FormContext context) {
    return Drafts.prefill(request, context);
  }

  /** The demo report of a group, its rows taken from its projects' reports; see {@link EsaDemo}. */
  @Override
  public List<EsaMonitoring> demo(
      EsaMonitoring sample, Filing filing, FormContext context, RandomGenerator random) {
    return EsaDemo.of(sample, filing, context, random);
  }

  @Override
  public Optional<Filing> filing(EsaMonitoring form) {
    return Filing.of(form.fiscalYear(), form.round(), form.reportingGroup());
  }

  @Override
  public Set<Class<? extends Fact>> factKinds() {
    return Set.of(IndicatorFact.class);
  }

  /** The group's result of each indicator it reports. */
  @Override
  public List<Fact> facts(EsaMonitoring form, Filing filing) {
    List<Fact> out = new ArrayList<>();
    for (IndicatorResult r : form.results()) {
      if (r == null || r.indicatorCode() == null || r.indicatorCode().isBlank()) {
        continue;
      }
      out.add(
          new IndicatorFact(
              filing,
              r.indicatorCode(),
              r.measure() == null ? null : r.measure().target(),
              r.resultValue(),
              r.assessment().achieved(),
              ID));
    }
    return out;
  }

  /**
   * The office's own report of the scope's year, combined from its groups' reports of the latest
   * round among them (the 12-month round in the annual report); see {@link OfficeMonitoring}.
   */
  @Override
  public Optional<EsaMonitoring> officeForm(List<EsaMonitoring> unitForms, ReportScope scope) {
    return unitForms.stream()
        .filter(f -> f.fiscalYear() == scope.fiscalYear() && f.round() != null)
        .map(EsaMonitoring::round)
        .max(Comparator.naturalOrder())
        .flatMap(
            round ->
                OfficeMonitoring.combine(
                    unitForms, scope.fiscalYear(), round, scope.sources().catalog()));
  }

  /**
   * An annex with the office's own report (DOMAIN §6.2: the appendix holds the data-collection
   * forms), when the year has groups' reports; nothing otherwise.
   */
  @Override
  public List<ReportPart> reportParts(ReportScope scope) {
    ReportSources sources = scope.sources();
    return officeForm(sources.forms(EsaMonitoring.class), scope)
        .map(
            form ->
                List.of(
                    ReportPart.annex(
                        ANNEX_ORDER, ANNEX_TITLE.th(), out -> out.merge(sources.render(form)))))
        .orElse(List.of());
  }

  /** Warnings against the catalog and the other submissions (DOMAIN §3.2). */
  @Override
  public List<Violation> crossChecks(EsaMonitoring form, FormContext context) {
    return CrossChecks.check(this, form, context);
  }

  @Override
  public EsaMonitoringDerived derive(EsaMonitoring form, FormContext context) {
    Catalog catalog = context.catalog();
    String group = form.reportingGroup() == null ? "" : form.reportingGroup();
    boolean office = OfficeMonitoring.isOffice(catalog, group);
    ProjectReports reports;
    if (form.round() == null) {
      reports = ProjectReports.of(context, form.fiscalYear(), Round.ROUND_12M, "");
    } else if (office) {
      reports = ProjectReports.ofOffice(context, form.fiscalYear(), form.round(), catalog.groups());
    } else {
      reports = ProjectReports.of(context, form.fiscalYear(), form.round(), group);
    }
    List<ResultLine> lines = new ArrayList<>();
    for (IndicatorResult r : form.results()) {
      lines.add(line(catalog, r, reports));
    }
    List<ProjectFact> projects = reports.summaries();
    BigDecimal allocated = Amounts.sum(projects, ProjectFact::allocated);
    BigDecimal spent = Amounts.sum(projects, ProjectFact::spent);
    return new EsaMonitoringDerived(
        office ? catalog.office().name().th() : title(catalog, ReferenceKind.ORG_GROUP, group),
        periodText(form.fiscalYear(), Round.ROUND_6M, form.knownYear()),
        periodText(form.fiscalYear(), Round.ROUND_12M, form.knownYear()),
        lines,
        projects,
        allocated,
        spent,
        allocated.subtract(spent),
        Amounts.percent(spent, allocated));
  }

  private static ResultLine line(Catalog catalog, IndicatorResult r, ProjectReports reports) {
    List<String> codes = r.givenProjectCodes();
    BigDecimal allocated = reports.sum(codes, false);
    BigDecimal spent = reports.sum(codes, true);
    if (allocated == null) {
      allocated = r.budgetAllocated();
      spent = r.budgetSpent();
    }
    List<String> projects =
        codes.stream().map(c -> reports.summary(c).map(p -> c + " " + p.name()).orElse(c)).toList();
    return new ResultLine(
        r,
        title(catalog, ReferenceKind.OBEC_POLICY, r.obecPolicy()),
        r.focus().stream().map(f -> title(catalog, ReferenceKind.OBEC_FOCUS, f)).toList(),
        title(catalog, ReferenceKind.ESA_STRATEGY, r.strategy()),
        allocated,
        spent,
        projects);
  }

  /** E.g. {@code 1 ตุลาคม 2568 – 31 มีนาคม 2569}; dotted blanks for a year out of range. */
  private static String periodText(int fiscalYear, Round round, boolean known) {
    if (!known) {
      return "1 ตุลาคม ........ – "
          + (round == Round.ROUND_6M ? "31 มีนาคม" : "30 กันยายน")
          + " ........";
    }
    DatePeriod p = round.period(FiscalYear.ofBe(fiscalYear));
    return ThaiDates.longDate(p.start()) + " – " + ThaiDates.longDate(p.end());
  }

  /**
   * The catalog's title of a code, e.g. "2. พัฒนาคุณภาพผู้เรียน…"; an unknown code prints as
   * itself.
   */
  private static String title(Catalog catalog, ReferenceKind kind, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return catalog.item(kind, code).map(i -> i.label().th()).orElse(code);
  }
}
