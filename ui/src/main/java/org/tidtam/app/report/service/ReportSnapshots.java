package org.tidtam.app.report.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.monitoring.domain.SubmitTimes;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.monitoring.service.ProjectCodes;
import org.tidtam.app.report.domain.FrozenSource;
import org.tidtam.app.report.domain.FrozenSourceRepository;
import org.tidtam.app.report.domain.ReportEdition;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.thai.Round;

/**
 * Takes the snapshot an annual report is written from: the submissions of the fiscal year's
 * 12-month round as they are in the database now, or as a published edition froze them. A
 * submission's day of submission is its last submit in the audit trail; a project report's project
 * code is read once per version of the submission.
 */
@Service
@Transactional(readOnly = true)
public class ReportSnapshots {

  /** The round the annual report covers. */
  public static final Round ROUND = Round.ROUND_12M;

  private final SubmissionRepository submissions;
  private final SubmitTimes submitTimes;
  private final FrozenSourceRepository frozen;
  private final MonitoringPlans plans;
  private final ObjectProvider<Catalog> catalogs;
  private final Clock clock;

  private final ProjectCodes projectCodes;

  ReportSnapshots(
      SubmissionRepository submissions,
      SubmitTimes submitTimes,
      FrozenSourceRepository frozen,
      MonitoringPlans plans,
      ProjectCodes projectCodes,
      ObjectProvider<Catalog> catalogs,
      Clock clock) {
    this.submissions = submissions;
    this.submitTimes = submitTimes;
    this.frozen = frozen;
    this.plans = plans;
    this.projectCodes = projectCodes;
    this.catalogs = catalogs;
    this.clock = clock;
  }

  /** The fiscal year's snapshot as the database holds it today. */
  public ReportSnapshot live(int fiscalYear) {
    Catalog catalog = catalogs.getObject();
    Map<Long, Instant> submitted = new HashMap<>();
    for (SubmitTimes.LastSubmit last : submitTimes.lastSubmits(fiscalYear, ROUND)) {
      submitted.put(last.getSubmissionId(), last.getSubmittedAt());
    }
    List<ReportSource> sources = new ArrayList<>();
    for (StoredSubmission row : submissions.search(null, fiscalYear, ROUND, null, null)) {
      Instant at = submitted.get(row.id());
      ReportSource source =
          new ReportSource(
              row.id(),
              row.getVersion(),
              row.getFormId(),
              row.getSchemaVersion(),
              row.getUnitCode(),
              row.getStatus(),
              at == null ? null : LocalDate.ofInstant(at, clock.getZone()),
              projectCodes.of(row),
              null);
      sources.add(
          source.delivered()
              ? new ReportSource(
                  source.submissionId(),
                  source.version(),
                  source.formId(),
                  source.schemaVersion(),
                  source.unitCode(),
                  source.status(),
                  source.submittedOn(),
                  source.projectCode(),
                  row.getDocument())
              : source);
    }
    return new ReportSnapshot(
        fiscalYear,
        catalog,
        CatalogJson.write(catalog),
        plan(fiscalYear, catalog),
        sources,
        LocalDate.now(clock));
  }

  /** What a published edition froze. */
  public ReportSnapshot frozen(ReportEdition edition) {
    String json = edition.getFrozenCatalog();
    Instant published = edition.getPublishedAt();
    if (json == null || published == null) {
      throw new IllegalStateException("report edition " + edition.id() + " is not published");
    }
    Catalog catalog = CatalogJson.read(json);
    List<ReportSource> sources = new ArrayList<>();
    for (FrozenSource row : frozen.findByReportIdOrderByIdAsc(edition.id())) {
      sources.add(
          new ReportSource(
              row.getSubmissionId(),
              row.getSubmissionVersion(),
              row.getFormId(),
              row.getSchemaVersion(),
              row.getUnitCode(),
              row.getStatus(),
              row.getSubmittedOn(),
              row.getProjectCode(),
              row.getDocument()));
    }
    return new ReportSnapshot(
        edition.getFiscalYear(),
        catalog,
        json,
        plan(edition.getFiscalYear(), catalog),
        sources,
        LocalDate.ofInstant(published, clock.getZone()));
  }

  /** The year's plan, or the usual plan of the catalog's projects when the year has none. */
  private MonitoringPlan plan(int fiscalYear, Catalog catalog) {
    return plans
        .plan(fiscalYear)
        .orElseGet(
            () ->
                MonitoringPlan.usual(
                    fiscalYear,
                    catalog.projectsOf(fiscalYear).stream()
                        .map(p -> new PlannedProject(p.code(), p.name(), p.ownerGroup()))
                        .toList()));
  }
}
