package org.tidtam.app.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidtam.catalog.Catalog;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.figures.DashboardFilter;
import org.tidtam.figures.Figures;
import org.tidtam.figures.OfficeReport;
import org.tidtam.figures.QualityTargets;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.ProjectFact;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.FollowUp;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.SubmissionFact;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.report.AnnualReport;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.ReportContributor;
import org.tidtam.report.ReportCover;
import org.tidtam.report.ReportOptions;
import org.tidtam.report.ReportScope;
import org.tidtam.report.ReportSources;
import org.tidtam.report.ReportTexts;
import org.tidtam.submission.DocumentStore;
import org.tidtam.submission.Reading;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;
import org.tidtam.thai.DatePeriod;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * The annual report of a fiscal year from a folder of submissions (the command line's {@code report
 * --year 2569 --context dir/}): every submission of the 12-month round in the folder counts as
 * delivered on time, the units expected are the catalog's schools and groups and the projects
 * reported, and the office's chapters are written from the figures, followed by the chapters the
 * installed forms add, which see the folder's submissions of the round (the office's own 7.1, for
 * one). The same scope gives the office's own form of the year on its own ({@link #officeForm}).
 */
final class AnnualReportCommand {

  /** The schools' RT and NT targets, as the dashboard's defaults. */
  static final QualityTargets TARGETS =
      new QualityTargets(new BigDecimal("75"), new BigDecimal("50"));

  private AnnualReportCommand() {}

  /**
   * A folder read once: its catalog, its submissions and the readable ones of the year's 12-month
   * round, each counted as delivered.
   */
  record Year(int year, Catalog catalog, DocumentStore store, List<Submission<?>> delivered) {

    static Year read(SubmissionService service, Path folder, int year) {
      DocumentStore store = DocumentStore.fromDirectory(folder, service.registry());
      return new Year(
          year,
          DocumentStore.catalogIn(folder),
          store,
          AnnualReportCommand.delivered(service, store, year));
    }
  }

  /** The figures of the year's 12-month round from the folder's submissions. */
  static DashboardFigures figures(SubmissionService service, Path folder, int year) {
    return figures(Year.read(service, folder, year));
  }

  private static DashboardFigures figures(Year read) {
    Catalog catalog = read.catalog();
    int year = read.year();
    Round round = Round.ROUND_12M;
    List<SubmissionFact> submissions = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    Map<String, PlannedProject> projects = new LinkedHashMap<>();
    for (Submission<?> submission : read.delivered()) {
      Optional<Filing> filing = submission.filing();
      if (filing.isEmpty()) {
        continue;
      }
      // a report stating no facts (a group's 7.1 of routine work) is delivered all the same
      List<Fact> stated = factsOf(submission);
      String unit = filing.get().unitCode();
      String project = null;
      for (Fact fact : stated) {
        if (fact instanceof ProjectFact p) {
          project = p.code();
          projects.putIfAbsent(p.code(), new PlannedProject(p.code(), p.name(), unit));
        }
      }
      facts.addAll(stated);
      submissions.add(
          new SubmissionFact(
              submission.formId().value(),
              year,
              round,
              unit,
              project,
              ReportStatus.SUBMITTED,
              null));
    }
    DatePeriod period = round.period(FiscalYear.ofBe(year));
    ReportingWindow window =
        new ReportingWindow(
            period.end().plusDays(1), period.end().plusDays(15), period.end().plusDays(30));
    MonitoringPlan plan =
        new MonitoringPlan(
            year,
            List.of(
                new RoundPlan(
                    round,
                    window,
                    Map.of(
                        UnitKind.SCHOOL, "7.3", UnitKind.GROUP, "7.1", UnitKind.PROJECT, "7.2"))),
            List.copyOf(projects.values()),
            List.of());
    FollowUpReport followUp =
        FollowUp.of(plan, catalog, round, submissions, code -> Optional.empty(), window.closes());
    return Figures.of(catalog, followUp, facts, DashboardFilter.of(year, round), TARGETS);
  }

  /** The folder's readable submissions of the year's 12-month round, each counted as delivered. */
  private static List<Submission<?>> delivered(
      SubmissionService service, DocumentStore store, int year) {
    List<Submission<?>> out = new ArrayList<>();
    for (FormPlugin<?> plugin : service.registry().all()) {
      for (SubmissionDocument document : store.find(plugin.id(), year, Round.ROUND_12M, null)) {
        Reading reading = service.read(document);
        if (reading.submission() != null) {
          out.add(reading.submission());
        }
      }
    }
    return out;
  }

  /**
   * The scope of the year's report: the folder's catalog, its delivered submissions and their
   * rendering in Thai, with Thai digits if asked.
   */
  private static ReportScope scope(SubmissionService service, Year read, boolean thaiDigits) {
    ReportSources sources =
        service.reportSources(
            service.context(read.catalog(), read.store()),
            read.delivered(),
            new RenderOptions(
                Lang.TH, thaiDigits ? Numerals.THAI : Numerals.ARABIC, LocalDate.now()));
    return new ReportScope(read.year(), read.catalog().office().name().th(), sources);
  }

  /**
   * The office's own form of the year combined from its units' forms in the folder (e.g. the
   * office's 7.1 from the groups' 7.1), rendered; empty when the form has none.
   *
   * @throws CliException when the folder has no submission of the form for the year
   */
  static Optional<byte[]> officeForm(
      SubmissionService service, FormPlugin<?> plugin, Path folder, int year, boolean thaiDigits) {
    ReportScope scope = scope(service, Year.read(service, folder, year), thaiDigits);
    return officeForm(plugin, scope).map(form -> scope.sources().render(form));
  }

  private static <F extends Record> Optional<F> officeForm(
      FormPlugin<F> plugin, ReportScope scope) {
    List<F> units = scope.sources().forms(plugin.formType());
    if (units.isEmpty()) {
      throw new CliException(
          "ไม่พบแบบ "
              + plugin.id()
              + " ของปีงบประมาณ "
              + scope.fiscalYear()
              + " รอบ 12 เดือน ในโฟลเดอร์",
          "no form "
              + plugin.id()
              + " of fiscal year "
              + scope.fiscalYear()
              + ", 12-month round, in the folder");
    }
    return plugin.officeForm(units, scope);
  }

  /** The assembled report: the cover, the office's chapters and the forms' chapters. */
  static byte[] assemble(SubmissionService service, Path folder, int year, boolean thaiDigits) {
    Year read = Year.read(service, folder, year);
    String office = read.catalog().office().name().th();
    ReportScope scope = scope(service, read, thaiDigits);
    List<ReportContributor> contributors = new ArrayList<>();
    contributors.add(OfficeReport.of(figures(read), read.catalog()));
    contributors.addAll(service.registry().all());
    AnnualReport report =
        AnnualReport.collect(
            new ReportCover(
                ReportTexts.TITLE.th(), year, office, ReportTexts.PREPARED_BY.th(), null, null),
            ReportTexts.foreword(year, office).lines().toList(),
            ReportTexts.signature(office, LocalDate.now()),
            scope,
            contributors);
    // the provenance names every delivered submission, by form (files have no stored id or
    // version)
    return new ReportAssembler(ReportOptions.defaults().withThaiDigits(thaiDigits))
        .assemble(report, read.delivered().stream().map(SubmissionService::source).toList());
  }

  private static <F extends Record> List<Fact> factsOf(Submission<F> submission) {
    return submission
        .plugin()
        .filing(submission.form())
        .map(filing -> List.copyOf(submission.plugin().facts(submission.form(), filing)))
        .orElse(List.of());
  }
}
