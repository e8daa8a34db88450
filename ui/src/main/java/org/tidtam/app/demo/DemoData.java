package org.tidtam.app.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.catalog.service.CatalogSeed;
import org.tidtam.app.catalog.service.CatalogStore;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.security.service.DemoAccounts;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.Outcome;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.DemoSubmissions;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Round;

/**
 * The demo office on the first start of a new database (default profile only; each part only when
 * it is missing, so a restart changes nothing): the users of the README and submissions of forms
 * 7.1, 7.2 and 7.3 in every status, built from the plugins' samples and prefill.
 *
 * <p>The current round (12 months of 2569) is filed today. The 6-month round of 2569 gets a history
 * within its window (opens 15 Mar 2026, due 10 Apr, closes 30 Apr): some units submitted and were
 * approved on time, some submitted late, one was returned, the rest never submitted. That history
 * goes through the same workflow, with every access rule and check, on a clock set to the day of
 * each step ({@link SubmissionWorkflow#withClock}), so its audit trail reads as it happened. It
 * runs after the demo monitoring plan.
 *
 * <p>With {@code tidtam.demo.schools} set ({@link CatalogSeed#large()}), the demo is instead a
 * whole office's year: the catalog of that many schools and {@code tidtam.demo.projects} projects,
 * and every unit's 6- and 12-month reports delivered on time and approved; the users stay the same.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "tidtam.demo-data", havingValue = "true", matchIfMissing = true)
@Order(2)
class DemoData implements ApplicationRunner, DemoAccounts {

  static final int YEAR = 2569;
  static final Round ROUND = Round.ROUND_12M;
  static final String GROUP = "SUPERVISION";
  static final String SCHOOL1 = "81010001";
  static final String SCHOOL2 = "81010002";
  static final String SCHOOL3 = "81010003";
  static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final UserRepository users;
  private final SubmissionRepository submissions;
  private final SubmissionWorkflow workflow;
  private final PasswordEncoder encoder;
  private final CatalogSeed seed;
  private final CatalogStore catalogs;
  private final SubmissionService service;

  DemoData(
      UserRepository users,
      SubmissionRepository submissions,
      SubmissionWorkflow workflow,
      PasswordEncoder encoder,
      CatalogSeed seed,
      CatalogStore catalogs,
      SubmissionService service) {
    this.users = users;
    this.submissions = submissions;
    this.workflow = workflow;
    this.encoder = encoder;
    this.seed = seed;
    this.catalogs = catalogs;
    this.service = service;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.count() == 0) {
      for (AppUser user : demoUsers()) {
        users.save(user);
      }
      log.info("Created the demo users (password = user name)");
    }
    if (submissions.count() == 0) {
      if (seed.large()) {
        int count = createYear();
        log.info("Created {} demo submissions of the 6- and 12-month rounds of {}", count, YEAR);
      } else {
        createSubmissions();
        log.info("Created the demo submissions of fiscal year {}", YEAR);
      }
    }
  }

  /** The demo users of the README; the password is the user name. */
  @Override
  public List<Account> accounts() {
    return List.of(
        account("admin", Role.ADMIN, null),
        account("planner", Role.PLANNER, null),
        account("supervision", Role.STAFF, GROUP),
        account("school1", Role.STAFF, SCHOOL1),
        account("school2", Role.STAFF, SCHOOL2),
        account("director", Role.EXECUTIVE, null));
  }

  private static Account account(
      String name, Role role, @org.jspecify.annotations.Nullable String unit) {
    return new Account(name, name, role, unit);
  }

  private List<AppUser> demoUsers() {
    return accounts().stream()
        .map(
            a ->
                new AppUser(
                    a.username(), encoder.encode(a.password()), a.role(), a.unitCode(), Lang.TH))
        .toList();
  }

  private void createSubmissions() {
    Actor supervision = new Actor("supervision", Role.STAFF, GROUP, Lang.TH);
    Actor school1 = new Actor("school1", Role.STAFF, SCHOOL1, Lang.TH);
    Actor school2 = new Actor("school2", Role.STAFF, SCHOOL2, Lang.TH);
    Actor planner = new Actor("planner", Role.PLANNER, null, Lang.TH);

    // 7.2 of the supervision group, submitted for review
    Outcome project = workflow.create(supervision, NewSubmission.sample("7.2", filing(GROUP)));
    workflow.submit(supervision, project.view().id(), null);

    // 7.1 of the same group: a draft prefilled from the catalog and the group's 7.2
    workflow.create(supervision, NewSubmission.prefilled("7.1", filing(GROUP)));

    // 7.3 of school 1: a draft prefilled with the school's data
    workflow.create(school1, NewSubmission.prefilled("7.3", filing(SCHOOL1)));

    // 7.3 of school 2: submitted and approved
    Outcome approved = workflow.create(school2, NewSubmission.sample("7.3", filing(SCHOOL2)));
    workflow.submit(school2, approved.view().id(), null);
    workflow.approve(planner, approved.view().id());

    // 7.3 of a third school: submitted and returned with a comment
    Outcome returned = workflow.create(planner, NewSubmission.sample("7.3", filing(SCHOOL3)));
    workflow.submit(planner, returned.view().id(), null);
    workflow.returnForChanges(
        planner, returned.view().id(), "โปรดตรวจสอบจำนวนนักเรียนและแนบหลักฐานเพิ่มเติม");

    sixMonthHistory(supervision, school2, planner);
  }

  /**
   * A whole office's year ({@link CatalogSeed#large()}): the demo submissions of the 12-month round
   * of every school, group and project of the catalog ({@link DemoSubmissions}), each submitted on
   * 5 Oct 2026 (before the due day) and approved on 8 Oct, by the planner; their number.
   */
  private int createYear() {
    Actor planner = new Actor("planner", Role.PLANNER, null, Lang.TH);
    Catalog catalog = catalogs.current();
    int count = 0;
    for (Round round : List.of(Round.ROUND_6M, ROUND)) {
      boolean six = round == Round.ROUND_6M;
      SubmissionWorkflow submitting = at(six ? on(4, 5) : on(10, 5));
      SubmissionWorkflow approving = at(six ? on(4, 8) : on(10, 8));
      for (Submission<?> s : DemoSubmissions.of(service, catalog, YEAR, round, seed.seed())) {
        Filing filing = s.filing().orElseThrow();
        Outcome created = submitting.create(planner, NewSubmission.of(s.document(), filing));
        Outcome submitted = submitting.submit(planner, created.view().id(), null);
        if (submitted.hasErrors()) {
          throw new IllegalStateException(
              "the demo "
                  + s.formId()
                  + " of "
                  + filing
                  + " does not pass: "
                  + submitted.violations());
        }
        approving.approve(planner, created.view().id());
        count++;
      }
    }
    return count;
  }

  /**
   * The 6-month round: on time and approved (schools 2 and 4, the supervision group's project), on
   * time and waiting (school 5), late and approved (school 3, the supervision group's 7.1), late
   * and returned (school 6); school 1 and every other unit never submitted.
   */
  private void sixMonthHistory(Actor supervision, Actor school2, Actor planner) {
    Round round = Round.ROUND_6M;
    long s2 = submitted(school2, "7.3", new Filing(YEAR, round, SCHOOL2), on(4, 3));
    approve(planner, s2, on(4, 8));
    long s4 = submitted(planner, "7.3", new Filing(YEAR, round, "81010004"), on(4, 2));
    approve(planner, s4, on(4, 7));
    submitted(planner, "7.3", new Filing(YEAR, round, "81010005"), on(4, 9));
    long s3 = submitted(planner, "7.3", new Filing(YEAR, round, SCHOOL3), on(4, 24));
    approve(planner, s3, on(4, 28));
    long s6 = submitted(planner, "7.3", new Filing(YEAR, round, "81010006"), on(4, 20));
    at(on(4, 22)).returnForChanges(planner, s6, "โปรดเพิ่มผลการดำเนินงานตามนโยบายให้ครบทุกข้อ");
    long project = submitted(supervision, "7.2", new Filing(YEAR, round, GROUP), on(4, 7));
    approve(planner, project, on(4, 10));
    long group = submitted(supervision, "7.1", new Filing(YEAR, round, GROUP), on(4, 18));
    approve(planner, group, on(4, 21));
  }

  /** A form created from its sample and submitted on a day; its id. */
  private long submitted(Actor actor, String form, Filing filing, Clock day) {
    SubmissionWorkflow then = at(day);
    Outcome created = then.create(actor, NewSubmission.sample(form, filing));
    Outcome submitted = then.submit(actor, created.view().id(), null);
    if (submitted.hasErrors()) {
      throw new IllegalStateException(
          "the demo " + form + " of " + filing + " does not pass: " + submitted.violations());
    }
    return created.view().id();
  }

  private void approve(Actor planner, long id, Clock day) {
    at(day).approve(planner, id);
  }

  private SubmissionWorkflow at(Clock day) {
    return workflow.withClock(day);
  }

  /** 10:00 in Bangkok on a day of 2026. */
  private static Clock on(int month, int day) {
    return Clock.fixed(
        LocalDateTime.of(2026, month, day, 10, 0).atZone(BANGKOK).toInstant(), BANGKOK);
  }

  private static Filing filing(String unit) {
    return new Filing(YEAR, ROUND, unit);
  }
}
