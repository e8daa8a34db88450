package org.tidtam.app.report.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.report.domain.EditionStatus;
import org.tidtam.app.report.domain.FrozenSource;
import org.tidtam.app.report.domain.FrozenSourceRepository;
import org.tidtam.app.report.domain.ReportEdition;
import org.tidtam.app.report.domain.ReportEditionRepository;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.AuditRepository;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.catalog.Catalog;
import org.tidtam.figures.QualityTargets;
import org.tidtam.i18n.Message;
import org.tidtam.report.DocumentNumber;
import org.tidtam.submission.SubmissionService;

/**
 * The annual report of a fiscal year for policy and planning: its settings kept as a draft edition,
 * built in the background from the submissions as they are now, downloaded as Word or PDF, and
 * published. Publishing freezes the catalog, every submission of the 12-month round at its version
 * (with the data of the delivered ones) and the documents written from them, so a published report
 * downloads identically later; a new revision starts a draft again. Policy and planning and
 * administrators change and publish it, executives read and download it, reporting staff are
 * refused (checked here, whatever the caller).
 */
@Service
public class AnnualReports {

  private static final Set<Role> SEES = Set.of(Role.PLANNER, Role.EXECUTIVE, Role.ADMIN);
  private static final Set<Role> BUILDS = Set.of(Role.PLANNER, Role.ADMIN);
  private static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;
  private static final int MAX_TITLE = 300;
  private static final int MAX_FOREWORD = 20_000;

  private final ReportEditionRepository editions;
  private final FrozenSourceRepository frozen;
  private final ReportSnapshots snapshots;
  private final ReportJobs jobs;
  private final MonitoringPlans plans;
  private final AuditRepository audit;
  private final ObjectProvider<Catalog> catalogs;
  private final Clock clock;
  private final AnnualReportWriter writer;

  /** The public summaries of published editions, by edition id (an edition never changes). */
  private final com.github.benmanes.caffeine.cache.Cache<Long, org.tidtam.figures.PublicSummary>
      summaries = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20).build();

  AnnualReports(
      ReportEditionRepository editions,
      FrozenSourceRepository frozen,
      ReportSnapshots snapshots,
      ReportJobs jobs,
      MonitoringPlans plans,
      AuditRepository audit,
      SubmissionService service,
      ObjectProvider<Catalog> catalogs,
      Clock clock,
      @Value("${tidtam.dashboard.rt-target:75}") java.math.@Nullable BigDecimal rtTarget,
      @Value("${tidtam.dashboard.nt-target:50}") java.math.@Nullable BigDecimal ntTarget) {
    this.editions = editions;
    this.frozen = frozen;
    this.snapshots = snapshots;
    this.jobs = jobs;
    this.plans = plans;
    this.audit = audit;
    this.catalogs = catalogs;
    this.clock = clock;
    this.writer =
        new AnnualReportWriter(service, new QualityTargets(rtTarget, ntTarget), version());
  }

  /** Whether the actor sees the annual report: planners, executives and administrators. */
  public static boolean sees(Actor actor) {
    return SEES.contains(actor.role());
  }

  /** Whether the actor sets up, builds and publishes it: planners and administrators. */
  public static boolean builds(Actor actor) {
    return BUILDS.contains(actor.role());
  }

  private static void checkSees(Actor actor) {
    if (!sees(actor)) {
      throw new ReportException.Denied(Message.of("tidtam.app.report.denied"));
    }
  }

  private static void checkBuilds(Actor actor) {
    if (!builds(actor)) {
      throw new ReportException.Denied(Message.of("tidtam.app.report.buildDenied"));
    }
  }

  /** The fiscal years a report can be made of: the catalog's years with a plan, latest first. */
  public List<Integer> fiscalYears(Actor actor) {
    checkSees(actor);
    Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
    for (int year : catalogs.getObject().fiscalYears()) {
      if (plans.plan(year).isPresent()) {
        years.add(year);
      }
    }
    return List.copyOf(years);
  }

  /** The report of a year as the builder shows it: the draft, else the latest published edition. */
  @Transactional(readOnly = true)
  public ReportEditionView edition(Actor actor, int fiscalYear) {
    checkSees(actor);
    checkYear(fiscalYear);
    List<ReportEdition> all = editions.findByFiscalYearOrderByRevisionDesc(fiscalYear);
    int published =
        all.stream()
            .filter(ReportEdition::published)
            .mapToInt(ReportEdition::getRevision)
            .max()
            .orElse(0);
    if (all.isEmpty()) {
      ReportSettings defaults =
          AnnualReportWriter.defaults(fiscalYear, catalogs.getObject().office().name().th());
      return new ReportEditionView(
          defaults, 0, EditionStatus.DRAFT, -1, null, null, null, null, published);
    }
    return view(all.getFirst(), published);
  }

  /** The chapters and annexes a report of the year can print, in their usual order. */
  @Transactional(readOnly = true)
  public List<ReportChapter> offered(Actor actor, int fiscalYear) {
    checkSees(actor);
    checkYear(fiscalYear);
    return writer.offered(snapshots.live(fiscalYear));
  }

  /**
   * Saves the settings of the year's draft (the first save creates it).
   *
   * @param expectedVersion the version the user changed, -1 for settings not saved yet
   * @throws ReportException.Invalid with each problem at its field
   * @throws ReportException.Conflict when someone else saved or published first
   */
  @Transactional
  public ReportEditionView save(Actor actor, ReportSettings settings, long expectedVersion) {
    checkBuilds(actor);
    checkYear(settings.fiscalYear());
    check(settings);
    List<ReportEdition> all = editions.findByFiscalYearOrderByRevisionDesc(settings.fiscalYear());
    Instant now = clock.instant();
    ReportEdition draft;
    if (all.isEmpty() || all.getFirst().published()) {
      // a first draft, or a new revision after the published one: nobody saved a draft since
      if (expectedVersion >= 0) {
        throw conflict(settings.fiscalYear());
      }
      int revision = all.isEmpty() ? 1 : all.getFirst().getRevision() + 1;
      draft = new ReportEdition(settings.fiscalYear(), revision, actor.username(), now);
    } else {
      draft = all.getFirst();
      if (draft.getVersion() != expectedVersion) {
        throw conflict(settings.fiscalYear());
      }
    }
    DocumentNumber number = settings.number();
    draft.change(
        settings.title().strip(),
        settings.preparedBy().strip(),
        number == null ? null : number.sequence(),
        number == null ? null : number.year(),
        settings.logo(),
        settings.foreword(),
        String.join("\n", settings.chapters()),
        settings.thaiDigits(),
        actor.username(),
        now);
    ReportEdition saved = editions.saveAndFlush(draft);
    audit.save(
        AuditEntry.ofOffice(
            AuditAction.REPORT_CHANGE,
            actor.username(),
            now,
            "annual report " + settings.fiscalYear() + " revision " + saved.getRevision()));
    return view(saved, publishedRevision(settings.fiscalYear()));
  }

  /**
   * Starts building the year's report in the background: the published edition's stored documents,
   * or the draft (its saved settings, or the usual ones) from the submissions as they are now.
   */
  public ReportJob build(Actor actor, int fiscalYear) {
    checkSees(actor);
    checkYear(fiscalYear);
    ReportEditionView edition = edition(actor, fiscalYear);
    if (!edition.isDraft()) {
      return ReportJob.done(fiscalYear, stored(latestPublished(fiscalYear)));
    }
    ReportSettings settings = edition.settings();
    return jobs.start(fiscalYear, () -> work(snapshots.live(fiscalYear), settings));
  }

  /** A build started before, while it is remembered. */
  public Optional<ReportJob> job(Actor actor, String id) {
    checkSees(actor);
    return jobs.job(id);
  }

  /**
   * Publishes the year's draft: builds it from the submissions as they are now (or takes the report
   * just built of the same inputs), freezes what it used and stores its documents.
   *
   * @throws ReportException.Conflict when the draft changed since the user saw it
   */
  @Transactional
  public ReportEditionView publish(Actor actor, int fiscalYear, long expectedVersion) {
    checkBuilds(actor);
    checkYear(fiscalYear);
    List<ReportEdition> all = editions.findByFiscalYearOrderByRevisionDesc(fiscalYear);
    if (all.isEmpty()
        || all.getFirst().published()
        || all.getFirst().getVersion() != expectedVersion) {
      throw conflict(fiscalYear);
    }
    ReportEdition draft = all.getFirst();
    ReportSettings settings = settings(draft);
    ReportSnapshot snapshot = snapshots.live(fiscalYear);
    BuiltReport report = jobs.buildNow(work(snapshot, settings));
    Instant now = clock.instant();
    draft.publish(
        report.hash(),
        snapshot.catalogJson(),
        report.docx(),
        report.pdf(),
        writer.summaryDocument(snapshot, settings.thaiDigits()),
        actor.username(),
        now);
    ReportEdition saved = editions.saveAndFlush(draft);
    List<FrozenSource> rows = new ArrayList<>();
    for (ReportSource source : snapshot.sources()) {
      rows.add(
          new FrozenSource(
              saved.id(),
              source.submissionId(),
              source.version(),
              source.formId(),
              source.schemaVersion(),
              source.unitCode(),
              source.status(),
              source.submittedOn(),
              source.projectCode(),
              source.document()));
    }
    frozen.saveAll(rows);
    audit.save(
        AuditEntry.ofOffice(
            AuditAction.REPORT_PUBLISH,
            actor.username(),
            now,
            "annual report "
                + fiscalYear
                + " revision "
                + saved.getRevision()
                + ": "
                + rows.size()
                + " submissions frozen, inputs "
                + report.hash()));
    return view(saved, saved.getRevision());
  }

  /**
   * The year's report as a file: the latest published edition as it was stored, or, when none is
   * published or {@code draft} is asked for, the draft built from the submissions as they are now
   * (taken from the kept reports when its inputs have not changed).
   *
   * @throws ReportException.NotFound for a PDF without LibreOffice
   */
  @Transactional(readOnly = true)
  public ReportFile download(Actor actor, int fiscalYear, boolean pdf, boolean draft) {
    checkSees(actor);
    checkYear(fiscalYear);
    Optional<ReportEdition> published =
        draft
            ? Optional.empty()
            : editions.findFirstByFiscalYearAndStatusOrderByRevisionDesc(
                fiscalYear, EditionStatus.PUBLISHED);
    BuiltReport report;
    if (published.isPresent()) {
      report = stored(published.get());
    } else {
      ReportEditionView edition = edition(actor, fiscalYear);
      ReportSettings settings =
          edition.isDraft()
              ? edition.settings()
              : AnnualReportWriter.defaults(fiscalYear, catalogs.getObject().office().name().th());
      report = jobs.buildNow(work(snapshots.live(fiscalYear), settings));
    }
    audit.save(
        AuditEntry.ofOffice(
            AuditAction.REPORT_DOWNLOAD,
            actor.username(),
            clock.instant(),
            "annual report " + fiscalYear + (pdf ? " pdf" : " docx")));
    return file(fiscalYear, report, pdf);
  }

  /** A built report as a file of the year. */
  public static ReportFile file(int fiscalYear, BuiltReport report, boolean pdf) {
    String name = "รายงานผลการดำเนินงาน ประจำปีงบประมาณ " + fiscalYear;
    String ascii = "annual-report-" + fiscalYear;
    if (pdf) {
      byte[] bytes =
          report
              .pdfBytes()
              .orElseThrow(
                  () -> new ReportException.NotFound(Message.of("tidtam.app.report.noPdf")));
      return new ReportFile(bytes, FileNames.safe(name, "pdf"), ascii + ".pdf", ReportFile.PDF);
    }
    return new ReportFile(
        report.docx(), FileNames.safe(name, "docx"), ascii + ".docx", ReportFile.DOCX);
  }

  /** The fiscal years with a published report, latest first; open to everyone. */
  @Transactional(readOnly = true)
  public List<Integer> publishedYears() {
    return editions.findByStatusOrderByFiscalYearDescRevisionDesc(EditionStatus.PUBLISHED).stream()
        .map(ReportEdition::getFiscalYear)
        .distinct()
        .toList();
  }

  /**
   * The public summary of a year's latest published edition, from what it froze, never from the
   * submissions as they are now; open to everyone, with no personal data.
   *
   * @throws ReportException.NotFound when the year has no published report
   */
  @Transactional(readOnly = true)
  public PublishedYear published(int fiscalYear) {
    ReportEdition edition = latestPublished(fiscalYear);
    Instant at = edition.getPublishedAt();
    byte[] summaryDocx = edition.getSummaryDocx();
    if (at == null || summaryDocx == null) {
      throw notPublished(fiscalYear);
    }
    var summary = summaries.get(edition.id(), id -> writer.summary(snapshots.frozen(edition)));
    return new PublishedYear(fiscalYear, edition.getRevision(), at, summary, summaryDocx);
  }

  /** The work of building a snapshot with settings. */
  private ReportJobs.Work work(ReportSnapshot snapshot, ReportSettings settings) {
    String hash = writer.hash(snapshot, settings);
    return new ReportJobs.Work() {
      @Override
      public String hash() {
        return hash;
      }

      @Override
      public BuiltReport build(BuildProgress progress) {
        return writer.build(snapshot, settings, progress);
      }
    };
  }

  private BuiltReport stored(ReportEdition edition) {
    byte[] docx = edition.getReportDocx();
    String hash = edition.getInputHash();
    if (docx == null || hash == null) {
      throw new IllegalStateException("published report " + edition.id() + " has no document");
    }
    return new BuiltReport(docx, edition.getReportPdf(), edition.getReportPdf() != null, hash);
  }

  private ReportEdition latestPublished(int fiscalYear) {
    return editions
        .findFirstByFiscalYearAndStatusOrderByRevisionDesc(fiscalYear, EditionStatus.PUBLISHED)
        .orElseThrow(() -> notPublished(fiscalYear));
  }

  private int publishedRevision(int fiscalYear) {
    return editions
        .findFirstByFiscalYearAndStatusOrderByRevisionDesc(fiscalYear, EditionStatus.PUBLISHED)
        .map(ReportEdition::getRevision)
        .orElse(0);
  }

  private static ReportException notPublished(int fiscalYear) {
    return new ReportException.NotFound(
        Message.of("tidtam.app.report.notPublished", "year", fiscalYear));
  }

  private static ReportException conflict(int fiscalYear) {
    return new ReportException.Conflict(
        Message.of("tidtam.app.report.conflict", "year", fiscalYear));
  }

  private void checkYear(int fiscalYear) {
    if (!catalogs.getObject().fiscalYears().contains(fiscalYear)
        || plans.plan(fiscalYear).isEmpty()) {
      throw new ReportException.NotFound(
          Message.of("tidtam.app.report.noYear", "year", fiscalYear));
    }
  }

  private static ReportEditionView view(ReportEdition edition, int published) {
    return new ReportEditionView(
        settings(edition),
        edition.getRevision(),
        edition.getStatus(),
        edition.getVersion(),
        edition.getChangedBy(),
        edition.getChangedAt(),
        edition.getPublishedBy(),
        edition.getPublishedAt(),
        published);
  }

  static ReportSettings settings(ReportEdition edition) {
    Integer sequence = edition.getDocumentSequence();
    Integer year = edition.getDocumentYear();
    String chapters = edition.getChapters();
    return new ReportSettings(
        edition.getFiscalYear(),
        edition.getTitle(),
        edition.getPreparedBy(),
        sequence == null || year == null ? null : new DocumentNumber(sequence, year),
        edition.getLogo(),
        edition.getForeword(),
        chapters.isBlank() ? List.of() : Arrays.asList(chapters.split("\n")),
        edition.isThaiDigits());
  }

  /** Checks settings before they are saved, each problem at its field. */
  static void check(ReportSettings settings) {
    List<ReportException.Problem> problems = new ArrayList<>();
    if (settings.title().isBlank()) {
      problems.add(problem("title", "tidtam.app.report.titleRequired"));
    } else if (settings.title().strip().length() > MAX_TITLE) {
      problems.add(problem("title", "tidtam.app.report.titleTooLong", "max", MAX_TITLE));
    }
    if (settings.preparedBy().isBlank()) {
      problems.add(problem("preparedBy", "tidtam.app.report.preparedByRequired"));
    } else if (settings.preparedBy().strip().length() > MAX_TITLE) {
      problems.add(problem("preparedBy", "tidtam.app.report.titleTooLong", "max", MAX_TITLE));
    }
    if (settings.foreword().length() > MAX_FOREWORD) {
      problems.add(problem("foreword", "tidtam.app.report.forewordTooLong", "max", MAX_FOREWORD));
    }
    byte[] logo = settings.logo();
    if (logo != null) {
      String logoProblem = logoProblem(logo);
      if (logoProblem != null) {
        problems.add(problem("logo", logoProblem, "max", MAX_LOGO_BYTES / (1024 * 1024)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ReportException.Invalid(problems);
    }
  }

  /** Why a logo is refused, as a message key; null for a PNG or JPEG picture of sensible size. */
  public static @Nullable String logoProblem(byte[] logo) {
    if (logo.length > MAX_LOGO_BYTES) {
      return "tidtam.app.report.logoTooLarge";
    }
    boolean png = logo.length > 8 && (logo[0] & 0xff) == 0x89 && logo[1] == 'P' && logo[2] == 'N';
    boolean jpeg = logo.length > 3 && (logo[0] & 0xff) == 0xff && (logo[1] & 0xff) == 0xd8;
    if (!png && !jpeg) {
      return "tidtam.app.report.logoNotPicture";
    }
    try {
      var image = ImageIO.read(new ByteArrayInputStream(logo));
      if (image == null || image.getWidth() > 5000 || image.getHeight() > 5000) {
        return "tidtam.app.report.logoNotPicture";
      }
    } catch (IOException | RuntimeException e) {
      return "tidtam.app.report.logoNotPicture";
    }
    return null;
  }

  private static ReportException.Problem problem(String field, String key, Object... args) {
    return new ReportException.Problem(field, Message.of(key, args));
  }

  /** The program's version, part of the hash of a report's inputs. */
  private static String version() {
    String version = AnnualReports.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try (InputStream in =
        AnnualReports.class.getResourceAsStream("/org/tidtam/app/cli/version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "dev");
      }
    } catch (IOException e) {
      return "dev";
    }
    return "dev";
  }
}
