package org.tidtam.app.monitoring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.monitoring.domain.PlanProject;
import org.tidtam.app.monitoring.domain.PlanProjectRepository;
import org.tidtam.app.monitoring.domain.PlanReopening;
import org.tidtam.app.monitoring.domain.PlanReopeningRepository;
import org.tidtam.app.monitoring.domain.PlanRound;
import org.tidtam.app.monitoring.domain.PlanRoundRepository;
import org.tidtam.app.monitoring.domain.UnitContact;
import org.tidtam.app.monitoring.domain.UnitContactRepository;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.submission.service.SubmitWindows;
import org.tidtam.form.Filing;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.Reopening;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.monitoring.SubmitCheck;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;

/**
 * The monitoring plans kept in the database, read as core's {@link MonitoringPlan}; the reopening
 * of a closed round for a unit (planners and administrators, recorded with who and when); and the
 * check whether a unit may submit a form on a day, which the submission workflow asks before every
 * submit.
 */
@Service
@Transactional
public class MonitoringPlans implements SubmitWindows {

  private final PlanRoundRepository rounds;
  private final PlanProjectRepository projects;
  private final PlanReopeningRepository reopenings;
  private final UnitContactRepository contacts;
  private final Clock clock;

  MonitoringPlans(
      PlanRoundRepository rounds,
      PlanProjectRepository projects,
      PlanReopeningRepository reopenings,
      UnitContactRepository contacts,
      Clock clock) {
    this.rounds = rounds;
    this.projects = projects;
    this.reopenings = reopenings;
    this.contacts = contacts;
    this.clock = clock;
  }

  /** The plan of a fiscal year; empty when the year has no planned round. */
  @Transactional(readOnly = true)
  public Optional<MonitoringPlan> plan(int fiscalYear) {
    List<PlanRound> planned = rounds.findByFiscalYearOrderByIdAsc(fiscalYear);
    if (planned.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MonitoringPlan(
            fiscalYear,
            planned.stream().map(PlanRound::plan).toList(),
            projects.findByFiscalYearOrderByIdAsc(fiscalYear).stream()
                .map(PlanProject::project)
                .toList(),
            reopenings.findByFiscalYearOrderByIdAsc(fiscalYear).stream()
                .map(PlanReopening::reopening)
                .toList()));
  }

  /** The plan of a fiscal year, or "not found" in the user's language. */
  @Transactional(readOnly = true)
  public MonitoringPlan require(int fiscalYear) {
    return plan(fiscalYear)
        .orElseThrow(
            () ->
                new MonitoringException.NotFound(
                    Message.of("tidtam.app.monitoring.noPlan", "year", fiscalYear)));
  }

  /** Stores a new plan with its rounds and projects; refused when the year already has one. */
  void create(MonitoringPlan plan) {
    if (!rounds.findByFiscalYearOrderByIdAsc(plan.fiscalYear()).isEmpty()) {
      throw new IllegalStateException("fiscal year " + plan.fiscalYear() + " already has a plan");
    }
    plan.rounds().forEach(r -> rounds.save(new PlanRound(plan.fiscalYear(), r)));
    plan.projects().forEach(p -> projects.save(new PlanProject(plan.fiscalYear(), p)));
  }

  /**
   * Lets a unit submit a form of a closed round until a day (planners and administrators only),
   * recorded with who granted it and when.
   */
  public Reopening reopen(
      Actor actor, int fiscalYear, Reopening reopening, @Nullable String reason) {
    MonitoringAccess.checkReopens(actor);
    MonitoringPlan plan = require(fiscalYear);
    if (plan.round(reopening.round()).isEmpty()) {
      throw noRound(fiscalYear, reopening.round());
    }
    reopenings.save(
        new PlanReopening(fiscalYear, reopening, actor.username(), clock.instant(), reason));
    return reopening;
  }

  /** Whether a unit may submit a form of a round today (a year without a plan sets no window). */
  @Transactional(readOnly = true)
  public SubmitCheck submitCheck(String formId, int fiscalYear, Round round, String unitCode) {
    LocalDate today = LocalDate.now(clock);
    return plan(fiscalYear)
        .map(p -> p.submitCheck(formId, round, unitCode, today))
        .orElse(SubmitCheck.ALLOWED);
  }

  /**
   * Why a unit may not submit a form on a day, naming the window's days in Thai B.E. dates (or
   * English): "ยังไม่เปิดรับรายงานรอบ 12 เดือน (เปิด 15 ก.ย. 2569)", or closed since the closing
   * day with whom to ask for a reopening. Empty when the window (or a reopening) lets it submit, or
   * the year has no plan or the plan no such round.
   */
  @Override
  @Transactional(readOnly = true)
  public Optional<Message> refusal(String formId, Filing filing, LocalDate day) {
    Optional<MonitoringPlan> plan = plan(filing.fiscalYear());
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    SubmitCheck check = plan.get().submitCheck(formId, filing.round(), filing.unitCode(), day);
    if (check.allowed()) {
      return Optional.empty();
    }
    ReportingWindow window = plan.get().round(filing.round()).orElseThrow().window();
    return Optional.of(
        check == SubmitCheck.NOT_YET_OPEN
            ? Message.of(
                "tidtam.app.monitoring.notYetOpen",
                "round",
                filing.round().label(),
                "year",
                filing.fiscalYear(),
                "opens",
                date(window.opens()))
            : Message.of(
                "tidtam.app.monitoring.closed",
                "round",
                filing.round().label(),
                "year",
                filing.fiscalYear(),
                "closes",
                date(window.closes())));
  }

  /** A day in Thai (B.E., e.g. 15 ก.ย. 2569) and in English (ISO). */
  static LocalizedText date(LocalDate day) {
    return LocalizedText.of(ThaiDates.shortDate(day), day.toString());
  }

  /** Whom to call about each unit, by school, group or project code. */
  @Transactional(readOnly = true)
  public Map<String, Contact> contacts() {
    Map<String, Contact> out = new HashMap<>();
    for (UnitContact contact : contacts.findAll()) {
      out.put(contact.getUnitCode(), contact.contact());
    }
    return out;
  }

  /** Sets whom to call about a unit. */
  void setContact(String unitCode, Contact contact) {
    contacts.save(new UnitContact(unitCode, contact));
  }

  static MonitoringException.NotFound noRound(int fiscalYear, Round round) {
    return new MonitoringException.NotFound(
        Message.of(
            "tidtam.app.monitoring.noRound",
            "round",
            round.label(),
            "code",
            RoundCodes.code(round),
            "year",
            fiscalYear));
  }
}
