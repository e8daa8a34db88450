package org.tidtam.app.monitoring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.AuditRepository;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.service.SubmitWindows;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.Reopening;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.SubmitCheck;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.FiscalYear;
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
  private final SubmissionRepository submissions;
  private final AuditRepository audit;
  private final ObjectProvider<Catalog> catalogs;
  private final Clock clock;

  MonitoringPlans(
      PlanRoundRepository rounds,
      PlanProjectRepository projects,
      PlanReopeningRepository reopenings,
      UnitContactRepository contacts,
      SubmissionRepository submissions,
      AuditRepository audit,
      ObjectProvider<Catalog> catalogs,
      Clock clock) {
    this.rounds = rounds;
    this.projects = projects;
    this.reopenings = reopenings;
    this.contacts = contacts;
    this.submissions = submissions;
    this.audit = audit;
    this.catalogs = catalogs;
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
                .filter(p -> !p.isRetired())
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

  // ---- the plan screen: read by planners, executives and administrators, changed by planners
  // and administrators; every change is in the audit trail (PLAN_CHANGE) with who and when

  /** The plan of a fiscal year for the plan screen (the executive reads it too). */
  @Transactional(readOnly = true)
  public Optional<MonitoringPlan> plan(Actor actor, int fiscalYear) {
    MonitoringAccess.checkReadsPlan(actor);
    return plan(fiscalYear);
  }

  /**
   * A new plan for a year without one: the 6- and 12-month rounds with the usual windows ({@link
   * ReportingWindow#usual}), each school owing 7.3, each group 7.1 and each project 7.2.
   */
  public MonitoringPlan createPlan(Actor actor, int fiscalYear) {
    MonitoringAccess.checkEditsPlan(actor);
    if (plan(fiscalYear).isPresent()) {
      throw new MonitoringException.Invalid(
          List.of(
              new MonitoringException.Problem(
                  "year", Message.of("tidtam.app.monitoring.planExists", "year", fiscalYear))));
    }
    for (Round round : List.of(Round.ROUND_6M, Round.ROUND_12M)) {
      RoundPlan plan =
          new RoundPlan(
              round, ReportingWindow.usual(fiscalYear, round), MonitoringPlan.USUAL_FORMS);
      rounds.save(new PlanRound(fiscalYear, plan));
      changed(actor, fiscalYear, "add", plan);
    }
    return require(fiscalYear);
  }

  /**
   * Adds a round (a quarter, or the 9-month round) to the plan with the usual window and, for a
   * quarter, no form yet: the planner chooses them.
   */
  public RoundPlan addRound(Actor actor, int fiscalYear, Round round) {
    MonitoringAccess.checkEditsPlan(actor);
    require(fiscalYear);
    if (rounds.findByFiscalYearAndRound(fiscalYear, round).isPresent()) {
      throw new MonitoringException.Invalid(
          List.of(
              new MonitoringException.Problem(
                  "round",
                  Message.of(
                      "tidtam.app.monitoring.roundExists",
                      "round",
                      round.label(),
                      "year",
                      fiscalYear))));
    }
    RoundPlan plan =
        new RoundPlan(
            round,
            ReportingWindow.usual(fiscalYear, round),
            round.cumulative() ? MonitoringPlan.USUAL_FORMS : Map.of(UnitKind.SCHOOL, "7.3"));
    rounds.save(new PlanRound(fiscalYear, plan));
    changed(actor, fiscalYear, "add", plan);
    return plan;
  }

  /**
   * Changes a round's window and forms, after the checks of {@link #problems}.
   *
   * @throws MonitoringException.Invalid with each problem at its field
   */
  public RoundPlan saveRound(
      Actor actor,
      int fiscalYear,
      Round round,
      @Nullable LocalDate opens,
      @Nullable LocalDate due,
      @Nullable LocalDate closes,
      Map<UnitKind, String> forms) {
    MonitoringAccess.checkEditsPlan(actor);
    PlanRound row =
        rounds
            .findByFiscalYearAndRound(fiscalYear, round)
            .orElseThrow(() -> noRound(fiscalYear, round));
    List<MonitoringException.Problem> problems =
        problems(fiscalYear, round, opens, due, closes, forms);
    if (!problems.isEmpty()) {
      throw new MonitoringException.Invalid(problems);
    }
    RoundPlan before = row.plan();
    RoundPlan plan =
        new RoundPlan(
            round,
            new ReportingWindow(
                java.util.Objects.requireNonNull(opens),
                java.util.Objects.requireNonNull(due),
                java.util.Objects.requireNonNull(closes)),
            forms);
    if (plan.equals(before)) {
      return plan;
    }
    row.change(plan);
    rounds.save(row);
    audited(actor, describe(fiscalYear, "change", plan) + " (before: " + describe(before) + ")");
    return plan;
  }

  /**
   * Removes a round from the plan; refused while any report of the round is stored (a draft
   * included).
   */
  public void removeRound(Actor actor, int fiscalYear, Round round) {
    MonitoringAccess.checkEditsPlan(actor);
    PlanRound row =
        rounds
            .findByFiscalYearAndRound(fiscalYear, round)
            .orElseThrow(() -> noRound(fiscalYear, round));
    if (!submissions.search(null, fiscalYear, round, null, null).isEmpty()) {
      throw new MonitoringException.Invalid(
          List.of(
              new MonitoringException.Problem(
                  "round",
                  Message.of(
                      "tidtam.app.monitoring.roundHasReports",
                      "round",
                      round.label(),
                      "year",
                      fiscalYear))));
    }
    RoundPlan plan = row.plan();
    rounds.delete(row);
    changed(actor, fiscalYear, "remove", plan);
  }

  /**
   * What is wrong with a round's window and forms, each at its field: a missing day; due before
   * opens; closes before due; opens before the round starts; closes more than a year after the
   * round ends; no form for any kind of unit, or a form that is not installed.
   */
  public List<MonitoringException.Problem> problems(
      int fiscalYear,
      Round round,
      @Nullable LocalDate opens,
      @Nullable LocalDate due,
      @Nullable LocalDate closes,
      Map<UnitKind, String> forms) {
    List<MonitoringException.Problem> out = new ArrayList<>();
    var period = round.period(FiscalYear.ofBe(fiscalYear));
    // a Buddhist-era year typed where the calendar takes the Christian era (2569 for 2026)
    Map<String, @Nullable LocalDate> days = new java.util.LinkedHashMap<>();
    days.put("opens", opens);
    days.put("due", due);
    days.put("closes", closes);
    days.forEach(
        (field, day) -> {
          if (day != null && day.getYear() > 2400) {
            LocalDate meant = day.minusYears(ThaiDates.BE_OFFSET);
            out.add(
                new MonitoringException.Problem(
                    field,
                    Message.of(
                        "tidtam.app.monitoring.window.beYear",
                        "meant",
                        date(meant),
                        "typed",
                        String.format(
                            java.util.Locale.ROOT,
                            "%02d/%02d/%04d",
                            meant.getDayOfMonth(),
                            meant.getMonthValue(),
                            meant.getYear()))));
          }
        });
    if (!out.isEmpty()) {
      return out;
    }
    if (opens == null) {
      out.add(problem("opens", "tidtam.app.monitoring.window.required"));
    } else if (opens.isBefore(period.start())) {
      out.add(
          new MonitoringException.Problem(
              "opens",
              Message.of(
                  "tidtam.app.monitoring.window.opensBeforeRound",
                  "start",
                  date(period.start()),
                  "round",
                  round.label())));
    }
    if (due == null) {
      out.add(problem("due", "tidtam.app.monitoring.window.required"));
    } else if (opens != null && due.isBefore(opens)) {
      out.add(
          new MonitoringException.Problem(
              "due",
              Message.of("tidtam.app.monitoring.window.dueBeforeOpens", "opens", date(opens))));
    }
    LocalDate latest = period.end().plusYears(1);
    if (closes == null) {
      out.add(problem("closes", "tidtam.app.monitoring.window.required"));
    } else if (due != null && closes.isBefore(due)) {
      out.add(
          new MonitoringException.Problem(
              "closes",
              Message.of("tidtam.app.monitoring.window.closesBeforeDue", "due", date(due))));
    } else if (closes.isAfter(latest)) {
      out.add(
          new MonitoringException.Problem(
              "closes",
              Message.of("tidtam.app.monitoring.window.closesTooLate", "latest", date(latest))));
    }
    if (forms.isEmpty()) {
      out.add(problem("forms", "tidtam.app.monitoring.window.noForm"));
    }
    return out;
  }

  private static MonitoringException.Problem problem(String field, String key) {
    return new MonitoringException.Problem(field, Message.of(key));
  }

  /** The reports a round of the plan expects (0 for a year or round without a plan). */
  @Transactional(readOnly = true)
  public int expectedCount(int fiscalYear, Round round) {
    return plan(fiscalYear).map(p -> p.expected(catalog(), round).size()).orElse(0);
  }

  /** Whether any report of the round is stored: such a round cannot be removed. */
  @Transactional(readOnly = true)
  public boolean hasReports(int fiscalYear, Round round) {
    return !submissions.search(null, fiscalYear, round, null, null).isEmpty();
  }

  /** The reopenings of a year, with who granted them, when and why; oldest first. */
  @Transactional(readOnly = true)
  public List<PlanReopening> reopenings(Actor actor, int fiscalYear) {
    MonitoringAccess.checkReadsPlan(actor);
    return reopenings.findByFiscalYearOrderByIdAsc(fiscalYear);
  }

  /** The latest changes of the plans (who, when, what), newest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> changes(Actor actor) {
    MonitoringAccess.checkReadsPlan(actor);
    return audit.findTop50ByActionOrderByIdDesc(AuditAction.PLAN_CHANGE);
  }

  private void changed(Actor actor, int fiscalYear, String what, RoundPlan plan) {
    audited(actor, describe(fiscalYear, what, plan));
  }

  private void audited(Actor actor, String comment) {
    audit.save(
        AuditEntry.ofOffice(AuditAction.PLAN_CHANGE, actor.username(), clock.instant(), comment));
  }

  /** E.g. {@code 2569 ROUND_6M change: 2026-03-15/2026-04-10/2026-04-30 SCHOOL=7.3 ...}. */
  private static String describe(int fiscalYear, String what, RoundPlan plan) {
    return fiscalYear + " " + RoundCodes.code(plan.round()) + " " + what + ": " + describe(plan);
  }

  private static String describe(RoundPlan plan) {
    ReportingWindow w = plan.window();
    StringBuilder out = new StringBuilder(w.opens() + " / " + w.due() + " / " + w.closes());
    plan.forms().forEach((kind, form) -> out.append(' ').append(kind).append('=').append(form));
    return out.toString();
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
    List<MonitoringException.Problem> problems = new ArrayList<>();
    String unit = reopening.unitCode();
    if (catalog().school(unit).isEmpty() && catalog().group(unit).isEmpty()) {
      problems.add(
          new MonitoringException.Problem(
              "unit", Message.of("tidtam.app.monitoring.reopen.unknownUnit", "unit", unit)));
    }
    LocalDate today = LocalDate.now(clock);
    if (reopening.until().isBefore(today)) {
      problems.add(
          new MonitoringException.Problem(
              "until", Message.of("tidtam.app.monitoring.reopen.untilPast", "today", date(today))));
    }
    if (!problems.isEmpty()) {
      throw new MonitoringException.Invalid(problems);
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

  @Override
  @Transactional(readOnly = true)
  public Optional<ReportingWindow> window(int fiscalYear, Round round) {
    return rounds.findByFiscalYearAndRound(fiscalYear, round).map(r -> r.plan().window());
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

  /** The catalog as it is now (rebuilt when a planner changes it). */
  private Catalog catalog() {
    return catalogs.getObject();
  }
}
