package org.tidtam.app.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.monitoring.domain.SubmitTimes;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.catalog.Catalog;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.FollowUp;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.SubmissionFact;
import org.tidtam.thai.Round;

/**
 * The follow-up (เร่งรัด) of a round from the submissions in the database, for policy and planning,
 * executives and administrators only (checked here, whatever the caller). A submission's day of
 * submission is its last submit in the audit trail, in the application's time zone; a project
 * report is matched to its project by the project code it states, read once per version of the
 * submission (a changed submission has a new version, so the remembered code is never stale).
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

  private final MonitoringPlans plans;
  private final SubmissionRepository submissions;
  private final SubmitTimes submitTimes;
  private final ObjectProvider<Catalog> catalogs;
  private final Clock clock;

  private final ProjectCodes projectCodes;

  FollowUpService(
      MonitoringPlans plans,
      SubmissionRepository submissions,
      SubmitTimes submitTimes,
      ProjectCodes projectCodes,
      ObjectProvider<Catalog> catalogs,
      Clock clock) {
    this.plans = plans;
    this.submissions = submissions;
    this.submitTimes = submitTimes;
    this.projectCodes = projectCodes;
    this.catalogs = catalogs;
    this.clock = clock;
  }

  /**
   * The follow-up of a round of a fiscal year as of today.
   *
   * @throws MonitoringException.NotAllowed for reporting staff
   * @throws MonitoringException.NotFound when the year has no plan or the plan no such round
   */
  public FollowUpReport followUp(Actor actor, int fiscalYear, Round round) {
    MonitoringAccess.checkFollowsUp(actor);
    MonitoringPlan plan = plans.require(fiscalYear);
    if (plan.round(round).isEmpty()) {
      throw MonitoringPlans.noRound(fiscalYear, round);
    }
    Map<String, Contact> contacts = plans.contacts();
    return FollowUp.of(
        plan,
        catalog(),
        round,
        facts(fiscalYear, round),
        code -> Optional.ofNullable(contacts.get(code)),
        LocalDate.now(clock));
  }

  /** What the follow-up needs of each stored submission of the round. */
  List<SubmissionFact> facts(int fiscalYear, Round round) {
    Map<Long, Instant> submitted = new HashMap<>();
    for (SubmitTimes.LastSubmit last : submitTimes.lastSubmits(fiscalYear, round)) {
      submitted.put(last.getSubmissionId(), last.getSubmittedAt());
    }
    List<SubmissionFact> out = new ArrayList<>();
    for (StoredSubmission row : submissions.search(null, fiscalYear, round, null, null)) {
      Instant at = submitted.get(row.id());
      out.add(
          new SubmissionFact(
              row.getFormId(),
              row.getFiscalYear(),
              row.getRound(),
              row.getUnitCode(),
              projectCodes.of(row),
              status(row.getStatus()),
              at == null ? null : LocalDate.ofInstant(at, clock.getZone())));
    }
    return out;
  }

  private static ReportStatus status(SubmissionStatus status) {
    return switch (status) {
      case DRAFT -> ReportStatus.DRAFT;
      case SUBMITTED -> ReportStatus.SUBMITTED;
      case RETURNED -> ReportStatus.RETURNED;
      case APPROVED -> ReportStatus.APPROVED;
    };
  }

  /** The catalog as it is now (rebuilt when a planner changes it). */
  private Catalog catalog() {
    return catalogs.getObject();
  }
}
