package org.tidtam.app.report.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.catalog.Catalog;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.figures.DashboardFilter;
import org.tidtam.figures.Figures;
import org.tidtam.figures.OfficeReport;
import org.tidtam.figures.PublicSummary;
import org.tidtam.figures.PublicSummaryDocument;
import org.tidtam.figures.QualityTargets;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.FollowUp;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.SubmissionFact;
import org.tidtam.provenance.Provenance;
import org.tidtam.report.AnnualReport;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.ReportContributor;
import org.tidtam.report.ReportCover;
import org.tidtam.report.ReportOptions;
import org.tidtam.report.ReportPart;
import org.tidtam.report.ReportScope;
import org.tidtam.report.ReportSources;
import org.tidtam.report.ReportTexts;
import org.tidtam.report.TocRefresh;
import org.tidtam.submission.DocumentStore;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;

/**
 * Writes the annual report of a snapshot as its settings say: the figures of the 12-month round
 * from the delivered submissions (as the dashboard computes them), the office's chapters and the
 * chapters the installed forms add, chosen and ordered, then the indexes refreshed and the PDF made
 * by LibreOffice when it is installed. Reports its progress as it goes.
 */
public final class AnnualReportWriter {

  private final SubmissionService service;
  private final QualityTargets targets;
  private final String version;

  public AnnualReportWriter(SubmissionService service, QualityTargets targets, String version) {
    this.service = service;
    this.targets = targets;
    this.version = version;
  }

  /** A delivered submission read, with what the report needs of it. */
  private record Read(ReportSource source, Submission<?> submission) {}

  /** The figures the report is written from. */
  public DashboardFigures figures(ReportSnapshot snapshot) {
    return figures(snapshot, read(snapshot, BuildProgress.NONE));
  }

  /** The public summary of the snapshot's year: aggregates only, no personal data. */
  public PublicSummary summary(ReportSnapshot snapshot) {
    return PublicSummary.of(figures(snapshot), snapshot.catalog());
  }

  /** The public summary as a short Word document. */
  public byte[] summaryDocument(ReportSnapshot snapshot, boolean thaiDigits) {
    return PublicSummaryDocument.render(
        summary(snapshot), ReportOptions.defaults().withThaiDigits(thaiDigits));
  }

  private List<Read> read(ReportSnapshot snapshot, BuildProgress progress) {
    List<ReportSource> delivered = snapshot.delivered();
    List<Read> out = new ArrayList<>();
    int done = 0;
    for (ReportSource source : delivered) {
      String document = source.document();
      if (document != null) {
        Submission<?> submission = service.read(document).submission();
        if (submission != null) {
          out.add(new Read(source, submission));
        }
      }
      done++;
      if (done % 10 == 0 || done == delivered.size()) {
        progress.at("report.stage.reading", 0.05 + 0.35 * done / delivered.size());
      }
    }
    return out;
  }

  private DashboardFigures figures(ReportSnapshot snapshot, List<Read> reads) {
    List<SubmissionFact> submissions = new ArrayList<>();
    for (ReportSource source : snapshot.sources()) {
      submissions.add(
          new SubmissionFact(
              source.formId(),
              snapshot.fiscalYear(),
              ReportSnapshots.ROUND,
              source.unitCode(),
              source.projectCode(),
              status(source.status()),
              source.submittedOn()));
    }
    FollowUpReport followUp =
        FollowUp.of(
            snapshot.plan(),
            snapshot.catalog(),
            ReportSnapshots.ROUND,
            submissions,
            code -> Optional.empty(),
            snapshot.asOf());
    List<Fact> facts = new ArrayList<>();
    for (Read read : reads) {
      facts.addAll(
          stated(
              read.submission(),
              new Filing(snapshot.fiscalYear(), ReportSnapshots.ROUND, read.source().unitCode())));
    }
    return Figures.of(
        snapshot.catalog(),
        followUp,
        facts,
        DashboardFilter.of(snapshot.fiscalYear(), ReportSnapshots.ROUND),
        targets);
  }

  /**
   * The parts every contributor offers for the snapshot, in their own print order: the office's
   * chapters from the figures and the chapters and annexes the installed forms add, which see the
   * delivered submissions (e.g. the office's own 7.1 combined from the groups').
   */
  private List<ReportPart> parts(
      ReportSnapshot snapshot, DashboardFigures figures, List<Read> reads, boolean thaiDigits) {
    Catalog catalog = snapshot.catalog();
    List<SubmissionDocument> documents =
        reads.stream().map(r -> r.submission().document()).toList();
    ReportSources sources =
        service.reportSources(
            service.context(catalog, DocumentStore.of(documents, service.registry())),
            reads.stream().map(Read::submission).toList(),
            new RenderOptions(
                Lang.TH, thaiDigits ? Numerals.THAI : Numerals.ARABIC, snapshot.asOf()));
    ReportScope scope =
        new ReportScope(snapshot.fiscalYear(), catalog.office().name().th(), sources);
    List<ReportContributor> contributors = new ArrayList<>();
    contributors.add(OfficeReport.of(figures, catalog));
    contributors.addAll(service.registry().all());
    return AnnualReport.collect(
            cover(snapshot, defaults(snapshot.fiscalYear(), catalog.office().name().th())),
            List.of(),
            List.of(),
            scope,
            contributors)
        .parts();
  }

  /** The chapters and annexes the builder offers for the snapshot. */
  public List<ReportChapter> offered(ReportSnapshot snapshot) {
    List<Read> reads = read(snapshot, BuildProgress.NONE);
    return ReportChapters.offered(parts(snapshot, figures(snapshot, reads), reads, false));
  }

  /** Builds the report: assembled, then refreshed and converted when LibreOffice is installed. */
  public BuiltReport build(
      ReportSnapshot snapshot, ReportSettings settings, BuildProgress progress) {
    progress.at("report.stage.reading", 0.02);
    List<Read> reads = read(snapshot, progress);
    DashboardFigures figures = figures(snapshot, reads);
    progress.at("report.stage.figures", 0.42);
    List<ReportPart> chosen =
        ReportChapters.chosen(
            parts(snapshot, figures, reads, settings.thaiDigits()), settings.chapters());
    AtomicInteger written = new AtomicInteger();
    int count = Math.max(1, chosen.size());
    List<ReportPart> watched = new ArrayList<>();
    for (ReportPart part : chosen) {
      watched.add(
          new ReportPart(
              part.kind(),
              part.order(),
              part.title(),
              out -> {
                progress.at("report.stage.writing", 0.45 + 0.35 * written.get() / count);
                part.content().write(out);
                written.incrementAndGet();
              }));
    }
    AnnualReport report =
        new AnnualReport(
            cover(snapshot, settings), settings.forewordParagraphs(), signature(snapshot), watched);
    byte[] docx =
        new ReportAssembler(ReportOptions.defaults().withThaiDigits(settings.thaiDigits()))
            .assemble(report, provenance(reads));
    String hash = hash(snapshot, settings);
    if (!TocRefresh.available()) {
      progress.at("report.stage.done", 1.0);
      return new BuiltReport(docx, null, false, hash);
    }
    progress.at("report.stage.refreshing", 0.82);
    TocRefresh.Refreshed refreshed = TocRefresh.withDefaults().refresh(docx, true);
    progress.at("report.stage.done", 1.0);
    return new BuiltReport(
        refreshed.docx(), refreshed.pdfBytes().orElse(null), refreshed.refreshed(), hash);
  }

  /**
   * The hash of everything a report is built from: the settings, the catalog, the plan, each
   * submission's id, version, status and day of submission, the day the figures are taken on, the
   * installed forms' schema versions, the program's version and whether LibreOffice refreshes the
   * indexes. An unchanged report has the same hash.
   */
  public String hash(ReportSnapshot snapshot, ReportSettings settings) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder text = new StringBuilder();
      text.append(version).append('\n');
      text.append(TocRefresh.available()).append('\n');
      for (FormPlugin<?> plugin : service.registry().all()) {
        text.append(plugin.id().value()).append('@').append(plugin.schemaVersion()).append('\n');
      }
      text.append(settings.fiscalYear())
          .append('\n')
          .append(settings.title())
          .append('\n')
          .append(settings.preparedBy())
          .append('\n')
          .append(settings.number() == null ? "" : settings.number().text())
          .append('\n')
          .append(settings.foreword())
          .append('\n')
          .append(String.join("\n", settings.chapters()))
          .append('\n')
          .append(settings.thaiDigits())
          .append('\n');
      byte[] logo = settings.logo();
      if (logo != null) {
        text.append(HexFormat.of().formatHex(sha.digest(logo))).append('\n');
      }
      text.append(snapshot.asOf()).append('\n').append(snapshot.plan()).append('\n');
      for (ReportSource s : snapshot.sources()) {
        text.append(s.submissionId())
            .append(':')
            .append(s.version())
            .append(':')
            .append(s.status())
            .append(':')
            .append(s.submittedOn())
            .append('\n');
      }
      sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
      sha.update(snapshot.catalogJson().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The settings a new report of the snapshot's year starts with. */
  public static ReportSettings defaults(int fiscalYear, String office) {
    return new ReportSettings(
        fiscalYear,
        ReportTexts.TITLE.th(),
        ReportTexts.PREPARED_BY.th(),
        null,
        null,
        ReportTexts.foreword(fiscalYear, office),
        List.of(),
        false);
  }

  private static ReportCover cover(ReportSnapshot snapshot, ReportSettings settings) {
    Catalog catalog = snapshot.catalog();
    return new ReportCover(
        settings.title(),
        snapshot.fiscalYear(),
        catalog.office().name().th(),
        settings.preparedBy(),
        settings.number(),
        settings.logo());
  }

  private static List<String> signature(ReportSnapshot snapshot) {
    return ReportTexts.signature(snapshot.catalog().office().name().th(), snapshot.asOf());
  }

  /** The report's sources: each delivered submission by its database id and version. */
  private static List<Provenance.Source> provenance(List<Read> reads) {
    return reads.stream()
        .map(
            r ->
                SubmissionService.source(r.submission())
                    .stored(String.valueOf(r.source().submissionId()), r.source().version()))
        .toList();
  }

  private static <F extends Record> List<Fact> stated(Submission<F> submission, Filing filing) {
    return List.copyOf(submission.plugin().facts(submission.form(), filing));
  }

  private static ReportStatus status(SubmissionStatus status) {
    return switch (status) {
      case DRAFT -> ReportStatus.DRAFT;
      case SUBMITTED -> ReportStatus.SUBMITTED;
      case RETURNED -> ReportStatus.RETURNED;
      case APPROVED -> ReportStatus.APPROVED;
    };
  }
}
