package org.tidtam.app.dashboard.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.monitoring.service.FollowUpService;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.catalog.Catalog;
import org.tidtam.document.TemplateSource;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.figures.DashboardFilter;
import org.tidtam.figures.Figures;
import org.tidtam.figures.Memo;
import org.tidtam.figures.MemoDocument;
import org.tidtam.figures.QualityTargets;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.provenance.Provenance;
import org.tidtam.submission.Reading;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.TemplateEngine;
import org.tidtam.thai.Round;

/**
 * The dashboard's figures of a round from the database, read only, for policy and planning,
 * executives and administrators (checked here, whatever the caller). Completeness comes from the
 * follow-up; every other figure from the facts the delivered reports (submitted or approved) state,
 * so that the dashboard shows what the units have sent, not their drafts. A report's facts are read
 * once per version of the submission.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  private static final Set<Role> SEES = Set.of(Role.PLANNER, Role.EXECUTIVE, Role.ADMIN);

  private final FollowUpService followUps;
  private final MonitoringPlans plans;
  private final SubmissionRepository submissions;
  private final SubmissionService service;
  private final ObjectProvider<Catalog> catalogs;
  private final QualityTargets targets;
  private final Clock clock;
  private final TemplateEngine engine = TemplateEngine.create();
  private final TemplateSource templates =
      TemplateSource.classpath(DashboardService.class.getClassLoader());

  /** The facts a submission states and its provenance source, by id and version. */
  private final Cache<RowVersion, Delivered> delivered =
      Caffeine.newBuilder().maximumSize(20_000).build();

  private record RowVersion(long id, long version) {}

  /** What a delivered submission gives the figures: its facts, and its source for a document. */
  private record Delivered(List<Fact> facts, Provenance.@Nullable Source source) {}

  DashboardService(
      FollowUpService followUps,
      MonitoringPlans plans,
      SubmissionRepository submissions,
      SubmissionService service,
      ObjectProvider<Catalog> catalogs,
      Clock clock,
      @Value("${tidtam.dashboard.rt-target:75}") @Nullable BigDecimal rtTarget,
      @Value("${tidtam.dashboard.nt-target:50}") @Nullable BigDecimal ntTarget) {
    this.followUps = followUps;
    this.plans = plans;
    this.submissions = submissions;
    this.service = service;
    this.catalogs = catalogs;
    this.clock = clock;
    this.targets = new QualityTargets(rtTarget, ntTarget);
  }

  /** Whether the actor sees the dashboard: planners, executives and administrators. */
  public static boolean sees(Actor actor) {
    return SEES.contains(actor.role());
  }

  static void check(Actor actor) {
    if (!sees(actor)) {
      throw new DashboardDenied();
    }
  }

  /** The catalog the figures are computed against (for the filters' districts and groups). */
  public Catalog catalog(Actor actor) {
    check(actor);
    return catalog();
  }

  /** The fiscal years that have a monitoring plan, latest first. */
  public List<Integer> fiscalYears(Actor actor) {
    check(actor);
    return catalog().fiscalYears().stream()
        .filter(y -> plans.plan(y).isPresent())
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  /** The rounds of a fiscal year's plan, in its order; empty without a plan. */
  public List<Round> rounds(Actor actor, int fiscalYear) {
    check(actor);
    return plans.plan(fiscalYear).map(MonitoringPlan::rounds).orElse(List.of()).stream()
        .map(RoundPlan::round)
        .toList();
  }

  /**
   * The figures of a round under a filter, as of today.
   *
   * @throws DashboardDenied for reporting staff
   * @throws org.tidtam.app.monitoring.service.MonitoringException.NotFound when the year has no
   *     plan or the plan no such round
   */
  public DashboardFigures figures(Actor actor, DashboardFilter filter) {
    check(actor);
    FollowUpReport followUp = followUps.followUp(actor, filter.fiscalYear(), filter.round());
    return Figures.of(
        catalog(), followUp, facts(filter.fiscalYear(), filter.round()), filter, targets);
  }

  /**
   * The memo to the director (บันทึกข้อความ) on the figures of a round under a filter, dated today,
   * as a Word file named e.g. {@code บันทึกข้อความ ผลการติดตาม ปีงบประมาณ 2569 รอบ 12 เดือน.docx}.
   */
  public MemoFile memo(Actor actor, DashboardFilter filter) {
    DashboardFigures f = figures(actor, filter);
    Memo memo = Memo.of(f, catalog(), LocalDate.now(clock));
    byte[] docx =
        MemoDocument.render(
            engine,
            templates.load(MemoDocument.TEMPLATE),
            memo,
            sources(filter.fiscalYear(), filter.round()));
    String name =
        "บันทึกข้อความ ผลการติดตาม ปีงบประมาณ "
            + filter.fiscalYear()
            + " "
            + filter.round().label().th();
    return new MemoFile(
        docx,
        FileNames.safe(name, "docx"),
        "memo-" + filter.fiscalYear() + "-" + RoundCodes.code(filter.round()) + ".docx");
  }

  /** The targets the schools' results are held against. */
  public QualityTargets targets() {
    return targets;
  }

  /** The facts of the delivered submissions of a round. */
  List<Fact> facts(int fiscalYear, Round round) {
    List<Fact> out = new ArrayList<>();
    for (Delivered d : delivered(fiscalYear, round)) {
      out.addAll(d.facts());
    }
    return out;
  }

  /**
   * The delivered submissions of a round as the sources of a document made from its figures, by
   * their database id and version.
   */
  List<Provenance.Source> sources(int fiscalYear, Round round) {
    List<Provenance.Source> out = new ArrayList<>();
    for (Delivered d : delivered(fiscalYear, round)) {
      if (d.source() != null) {
        out.add(d.source());
      }
    }
    return out;
  }

  private List<Delivered> delivered(int fiscalYear, Round round) {
    List<Delivered> out = new ArrayList<>();
    for (StoredSubmission row : submissions.search(null, fiscalYear, round, null, null)) {
      if (row.getStatus() != SubmissionStatus.SUBMITTED
          && row.getStatus() != SubmissionStatus.APPROVED) {
        continue;
      }
      out.add(delivered.get(new RowVersion(row.id(), row.getVersion()), key -> read(row)));
    }
    return out;
  }

  private Delivered read(StoredSubmission row) {
    Reading reading = service.read(row.getDocument());
    Submission<?> submission = reading.submission();
    return submission == null
        ? new Delivered(List.of(), null)
        : new Delivered(
            factsOf(submission, row.filing()),
            SubmissionService.source(submission).stored(Long.toString(row.id()), row.getVersion()));
  }

  private static <F extends Record> List<Fact> factsOf(Submission<F> submission, Filing filing) {
    return List.copyOf(submission.plugin().facts(submission.form(), filing));
  }

  /** The catalog as it is now (rebuilt when a planner changes it). */
  private Catalog catalog() {
    return catalogs.getObject();
  }
}
