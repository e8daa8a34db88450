package org.tidtam.app.submission.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.AuditRepository;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.PrefillRequest;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.submission.Reading;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.RenderOptions;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * The one place the views and the JSON API change submissions: create, save a draft, submit,
 * return, approve, reopen, list and download. Every call names its {@link Actor} and is checked by
 * {@link SubmissionAccess}; every change, status move and download is written to the audit trail. A
 * save names the version it was edited from: an older one is a {@link WorkflowException.Stale}
 * conflict, never a silent overwrite.
 */
@Service
@Transactional
public class SubmissionWorkflow {

  private final SubmissionService service;
  private final SubmissionRepository submissions;
  private final AuditRepository audit;
  private final DatabaseSubmissionStore store;
  private final SubmissionAccess access;
  private final ObjectProvider<Catalog> catalogs;
  private final FilingFields filingFields;
  private final SubmitWindows windows;
  private final Clock clock;
  private final int currentYear;
  private final Round currentRound;

  public SubmissionWorkflow(
      SubmissionService service,
      SubmissionRepository submissions,
      AuditRepository audit,
      DatabaseSubmissionStore store,
      SubmissionAccess access,
      ObjectProvider<Catalog> catalogs,
      SubmitWindows windows,
      Clock clock,
      @Value("${tidtam.current.fiscal-year:2569}") int currentYear,
      @Value("${tidtam.current.round:ROUND_12M}") Round currentRound) {
    this.service = service;
    this.submissions = submissions;
    this.audit = audit;
    this.store = store;
    this.access = access;
    this.catalogs = catalogs;
    this.filingFields = new FilingFields(service, catalogs::getObject);
    this.windows = windows;
    this.clock = clock;
    this.currentYear = currentYear;
    this.currentRound = currentRound;
  }

  /**
   * The same workflow on another clock, with every check of this one: the demo data writes the
   * history of a past round through it, so that each submit, approval and audit entry carries a day
   * within that round's window. Not a Spring bean: call it within a transaction.
   */
  public SubmissionWorkflow withClock(Clock other) {
    return new SubmissionWorkflow(
        service,
        submissions,
        audit,
        store,
        access,
        catalogs,
        windows,
        other,
        currentYear,
        currentRound);
  }

  /** What forms see: the catalog and the stored submissions; fresh for each call. */
  public FormContext context() {
    return service.context(catalog(), store);
  }

  /** The reporting window of a round, as the monitoring plan sets it; empty when it sets none. */
  @Transactional(readOnly = true)
  public Optional<ReportingWindow> window(int fiscalYear, Round round) {
    return windows.window(fiscalYear, round);
  }

  /**
   * Why a report could not be submitted today because of its round's reporting window (not yet
   * open, or closed without a reopening for its unit); empty when the window lets it.
   */
  @Transactional(readOnly = true)
  public Optional<Message> windowRefusal(SubmissionView view) {
    return windows.refusal(
        view.form(),
        new Filing(view.fiscalYear(), view.round(), view.unit()),
        LocalDate.now(clock));
  }

  /** The reporting period "my forms" shows. */
  public Filing currentPeriod(String unitCode) {
    return new Filing(currentYear, currentRound, unitCode);
  }

  // ---- queries

  /** The actor's unit's submissions of the current fiscal year and round; all units for others. */
  @Transactional(readOnly = true)
  public List<SubmissionView> myForms(Actor actor) {
    return search(
        actor,
        new SubmissionFilter(
            null, currentYear, currentRound, actor.seesAllUnits() ? null : actor.unitCode(), null));
  }

  /** The submissions matching the filters that the actor may list. */
  @Transactional(readOnly = true)
  public List<SubmissionView> search(Actor actor, SubmissionFilter filter) {
    String unit = filter.unit();
    if (!actor.seesAllUnits()) {
      if (unit != null && !unit.equals(actor.unitCode())) {
        return List.of();
      }
      unit = actor.unitCode();
    }
    return submissions
        .search(filter.form(), filter.fiscalYear(), filter.round(), unit, filter.status())
        .stream()
        .filter(s -> access.may(actor, SubmissionAction.LIST, s.getUnitCode()))
        .map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public SubmissionView get(Actor actor, long id) {
    return view(load(actor, id, SubmissionAction.READ));
  }

  /** The submission read by its plugin (upgraded to the current schema version), and its checks. */
  @Transactional(readOnly = true)
  public OpenSubmission open(Actor actor, long id) {
    StoredSubmission row = load(actor, id, SubmissionAction.READ);
    Submission<?> submission = read(row);
    return new OpenSubmission(view(row), submission, service.check(submission, Stage.DRAFT));
  }

  /** The stored envelope JSON at the current schema version. */
  @Transactional(readOnly = true)
  public String json(Actor actor, long id) {
    StoredSubmission row = load(actor, id, SubmissionAction.READ);
    return service.write(read(row).document());
  }

  /** The checks of a stored submission at a stage, cross-checks included. */
  @Transactional(readOnly = true)
  public List<Violation> check(Actor actor, long id, Stage stage) {
    StoredSubmission row = load(actor, id, SubmissionAction.READ);
    return service.check(read(row), stage, context());
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> auditTrail(Actor actor, long id) {
    load(actor, id, SubmissionAction.READ);
    return audit.findBySubmissionIdOrderByIdAsc(id);
  }

  // ---- changes

  /** A new draft. */
  public Outcome create(Actor actor, NewSubmission request) {
    FormPlugin<?> plugin = plugin(request.form());
    Submission<?> submission = start(plugin, request);
    Filing filing =
        Optional.ofNullable(request.filing())
            .or(submission::filing)
            .orElseThrow(() -> rejected("", Message.of("tidtam.app.submission.filingMissing")));
    checkUnit(plugin, filing.unitCode());
    if (!access.may(actor, SubmissionAction.CREATE, filing.unitCode())) {
      throw new WorkflowException.NotAllowed(SubmissionAction.CREATE);
    }
    if (submission.filing().isEmpty() || request.start() == NewSubmission.Start.SAMPLE) {
      // a blank draft gets its filing; a sample is moved to the requested one
      submission = readOrReject(filingFields.file(plugin, submission.document(), filing));
    }
    requireFiling(submission, filing);
    List<Violation> checks = draftChecks(submission);
    StoredSubmission row =
        new StoredSubmission(
            plugin.id().value(),
            submission.document().schemaVersion(),
            filing,
            service.write(submission.document()),
            actor.username(),
            clock.instant());
    row = submissions.saveAndFlush(row);
    record(row, AuditAction.CREATE, actor, null, null, null);
    return new Outcome(view(row), checks);
  }

  /** Saves a draft edited from {@code expectedVersion}. */
  public Outcome save(Actor actor, long id, long expectedVersion, SubmissionDocument document) {
    return save(actor, id, expectedVersion, readOrReject(document));
  }

  /** Saves a draft the editor built as a record, edited from {@code expectedVersion}. */
  public Outcome save(Actor actor, long id, long expectedVersion, Submission<?> submission) {
    return store(actor, id, expectedVersion, () -> submission, true);
  }

  /**
   * Stores a new document of a draft after the access, status and version checks; {@code
   * refuseDraftErrors} decides whether errors of the draft stage refuse it or are only listed.
   */
  private Outcome store(
      Actor actor,
      long id,
      long expectedVersion,
      java.util.function.Supplier<Submission<?>> read,
      boolean refuseDraftErrors) {
    StoredSubmission row = load(actor, id, SubmissionAction.SAVE);
    requireStatus(row, SubmissionAction.SAVE, SubmissionStatus.DRAFT, SubmissionStatus.RETURNED);
    requireVersion(row, expectedVersion);
    Submission<?> submission = read.get();
    if (!submission.formId().value().equals(row.getFormId())) {
      throw rejected(
          "form",
          Message.of(
              "tidtam.app.submission.filingDiffers",
              "found",
              submission.formId().value(),
              "expected",
              row.getFormId()));
    }
    if (submission.filing().isEmpty()) {
      submission =
          readOrReject(filingFields.file(submission.plugin(), submission.document(), row.filing()));
    }
    requireFiling(submission, row.filing());
    List<Violation> checks =
        refuseDraftErrors ? draftChecks(submission) : service.check(submission, Stage.DRAFT);
    long before = row.getVersion();
    row.replaceDocument(
        submission.document().schemaVersion(),
        service.write(submission.document()),
        actor.username(),
        clock.instant());
    row = flush(row, expectedVersion);
    record(row, AuditAction.SAVE, actor, before, row.getStatus(), null);
    return new Outcome(view(row), checks);
  }

  /**
   * Submits for review after the checks at {@link Stage#SUBMIT}: errors keep it a draft (the
   * outcome lists them), warnings do not. Outside the round's reporting window (before it opens, or
   * after it closes without a reopening for the unit) it is refused with {@link
   * WorkflowException.OutsideWindow}; drafts can still be saved.
   */
  public Outcome submit(Actor actor, long id, @Nullable Long expectedVersion) {
    StoredSubmission row = load(actor, id, SubmissionAction.SUBMIT);
    requireStatus(row, SubmissionAction.SUBMIT, SubmissionStatus.DRAFT, SubmissionStatus.RETURNED);
    if (expectedVersion != null) {
      requireVersion(row, expectedVersion);
    }
    Optional<Message> outside =
        windows.refusal(row.getFormId(), row.filing(), LocalDate.now(clock));
    if (outside.isPresent()) {
      throw new WorkflowException.OutsideWindow(outside.get());
    }
    List<Violation> checks = service.check(read(row), Stage.SUBMIT, context());
    if (checks.stream().anyMatch(Violation::isError)) {
      return new Outcome(view(row), checks);
    }
    move(actor, row, SubmissionStatus.SUBMITTED, null, AuditAction.SUBMIT);
    return new Outcome(view(row), checks);
  }

  /** Sends a submitted report back to its unit with the reviewer's comment. */
  public SubmissionView returnForChanges(Actor actor, long id, String comment) {
    StoredSubmission row = load(actor, id, SubmissionAction.RETURN);
    requireStatus(row, SubmissionAction.RETURN, SubmissionStatus.SUBMITTED);
    if (comment.isBlank()) {
      throw rejected("comment", Message.of("tidtam.app.submission.commentRequired"));
    }
    move(actor, row, SubmissionStatus.RETURNED, comment.strip(), AuditAction.RETURN);
    return view(row);
  }

  /** Approves a submitted report; it is then locked. */
  public SubmissionView approve(Actor actor, long id) {
    StoredSubmission row = load(actor, id, SubmissionAction.APPROVE);
    requireStatus(row, SubmissionAction.APPROVE, SubmissionStatus.SUBMITTED);
    move(actor, row, SubmissionStatus.APPROVED, null, AuditAction.APPROVE);
    return view(row);
  }

  /** Administrators only: an approved or submitted report back to draft, with a reason. */
  public SubmissionView reopen(Actor actor, long id, @Nullable String comment) {
    StoredSubmission row = load(actor, id, SubmissionAction.REOPEN);
    requireStatus(
        row, SubmissionAction.REOPEN, SubmissionStatus.APPROVED, SubmissionStatus.SUBMITTED);
    move(actor, row, SubmissionStatus.DRAFT, comment, AuditAction.REOPEN);
    return view(row);
  }

  // ---- downloads

  /** The Word document of a submission, rendered with what the database knows (audited). */
  public DocumentFile document(Actor actor, long id, Lang lang) {
    StoredSubmission row = load(actor, id, SubmissionAction.DOWNLOAD);
    byte[] docx = render(row, lang);
    record(row, AuditAction.DOWNLOAD, actor, row.getVersion(), row.getStatus(), null);
    return new DocumentFile(
        FileNames.safe(baseName(row, lang), "docx"),
        FileNames.ascii("form-" + row.getFormId() + "-" + row.getUnitCode() + "-" + row.id())
            + ".docx",
        DocumentFile.DOCX,
        docx);
  }

  /** A zip of the Word documents of every approved submission of a form and round. */
  public DocumentFile approvedDocuments(Actor actor, String form, int fiscalYear, Round round) {
    FormPlugin<?> plugin = plugin(form);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int count = 0;
    try (ZipOutputStream zip =
        new ZipOutputStream(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
      Set<String> names = new HashSet<>();
      for (StoredSubmission row :
          submissions.search(
              plugin.id().value(), fiscalYear, round, null, SubmissionStatus.APPROVED)) {
        if (!access.may(actor, SubmissionAction.DOWNLOAD, row.getUnitCode())) {
          continue;
        }
        String name = FileNames.safe(baseName(row, actor.lang()), "docx");
        if (!names.add(name)) {
          name = FileNames.safe(baseName(row, actor.lang()) + " (" + row.id() + ")", "docx");
          names.add(name);
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(render(row, actor.lang()));
        zip.closeEntry();
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.save(
        new AuditEntry(
            null,
            AuditAction.DOWNLOAD_ZIP,
            actor.username(),
            clock.instant(),
            null,
            null,
            null,
            null,
            "form " + plugin.id().value() + " " + fiscalYear + " " + round + ": " + count));
    String base =
        (actor.lang() == Lang.EN ? "Form " : "แบบ ")
            + plugin.id().value()
            + " "
            + fiscalYear
            + " "
            + round.label().in(actor.lang());
    return new DocumentFile(
        FileNames.safe(base, "zip"),
        FileNames.ascii("form-" + plugin.id().value() + "-" + fiscalYear + "-" + round) + ".zip",
        DocumentFile.ZIP,
        bytes.toByteArray());
  }

  // ---- inside

  /** The document of a stored submission, whose provenance names its id and version. */
  private byte[] render(StoredSubmission row, Lang lang) {
    RenderOptions options =
        RenderOptions.thai().withSubmission(Long.toString(row.id()), row.getVersion());
    return service.render(read(row), context(), options);
  }

  private String baseName(StoredSubmission row, Lang lang) {
    return (lang == Lang.EN ? "Form " : "แบบ ")
        + row.getFormId()
        + " "
        + unitName(row.getUnitCode()).in(lang)
        + " "
        + row.getFiscalYear()
        + " "
        + row.getRound().label().in(lang);
  }

  private StoredSubmission load(Actor actor, long id, SubmissionAction action) {
    StoredSubmission row =
        submissions.findById(id).orElseThrow(() -> new WorkflowException.NotFound(id));
    if (!access.sees(actor, row.getUnitCode())) {
      throw new WorkflowException.NotFound(id);
    }
    if (!access.may(actor, action, row.getUnitCode())) {
      throw new WorkflowException.NotAllowed(action);
    }
    return row;
  }

  private FormPlugin<?> plugin(String form) {
    return service
        .registry()
        .find(form.strip())
        .orElseThrow(
            () ->
                rejected(
                    "form",
                    Message.of(
                        "tidtam.forms.id.unknown",
                        "id",
                        form,
                        "known",
                        String.join(", ", service.registry().ids()))));
  }

  private Submission<?> start(FormPlugin<?> plugin, NewSubmission request) {
    return switch (request.start()) {
      case DOCUMENT -> {
        SubmissionDocument document = request.document();
        if (document == null) {
          throw new IllegalArgumentException("a DOCUMENT start needs a document");
        }
        yield readOrReject(document);
      }
      case SAMPLE -> service.sample(plugin);
      case PREFILL -> {
        Filing filing = request.filing();
        if (filing == null) {
          throw rejected("", Message.of("tidtam.app.submission.filingMissing"));
        }
        checkUnit(plugin, filing.unitCode());
        yield service
            .prefill(
                plugin,
                new PrefillRequest(filing.fiscalYear(), filing.round(), filing.unitCode()),
                context())
            .orElseGet(() -> blank(plugin));
      }
    };
  }

  private Submission<?> blank(FormPlugin<?> plugin) {
    return readOrReject(
        new SubmissionDocument(
            plugin.id(), plugin.schemaVersion(), Documents.JSON.createObjectNode()));
  }

  private void checkUnit(FormPlugin<?> plugin, String unitCode) {
    FilingFields.UnitKind unitKind = filingFields.kindOf(unitCode);
    if (unitKind == FilingFields.UnitKind.UNKNOWN) {
      throw rejected("unit", Message.of("tidtam.app.submission.unknownUnit", "unit", unitCode));
    }
    FilingFields.UnitKind formKind = filingFields.kind(plugin);
    if (formKind != FilingFields.UnitKind.UNKNOWN && formKind != unitKind) {
      throw rejected(
          "unit",
          Message.of(
              "tidtam.app.submission.unitKind", "form", plugin.id().value(), "unit", unitCode));
    }
  }

  private Submission<?> readOrReject(SubmissionDocument document) {
    Reading reading = service.read(document);
    if (!reading.ok()) {
      throw new WorkflowException.Rejected(reading.problems());
    }
    return reading.orElseThrow();
  }

  private Submission<?> read(StoredSubmission row) {
    SubmissionDocument document =
        Documents.envelope(service, row.getDocument())
            .orElseThrow(() -> new IllegalStateException("submission " + row.id() + " is corrupt"));
    return readOrReject(document);
  }

  private void requireFiling(Submission<?> submission, Filing expected) {
    Optional<Filing> found = submission.filing();
    if (found.isPresent() && !found.get().equals(expected)) {
      throw rejected(
          "",
          Message.of(
              "tidtam.app.submission.filingDiffers",
              "found",
              show(found.get()),
              "expected",
              show(expected)));
    }
  }

  private static String show(Filing f) {
    return f.fiscalYear() + "/" + f.round() + "/" + f.unitCode();
  }

  private List<Violation> draftChecks(Submission<?> submission) {
    List<Violation> checks = service.check(submission, Stage.DRAFT);
    List<Violation> errors = checks.stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      throw new WorkflowException.Rejected(checks);
    }
    return checks;
  }

  private static void requireStatus(
      StoredSubmission row, SubmissionAction action, SubmissionStatus... allowed) {
    for (SubmissionStatus s : allowed) {
      if (row.getStatus() == s) {
        return;
      }
    }
    throw new WorkflowException.WrongStatus(row.getStatus(), action);
  }

  private static void requireVersion(StoredSubmission row, long expected) {
    if (row.getVersion() != expected) {
      throw new WorkflowException.Stale(expected, row.getVersion());
    }
  }

  private StoredSubmission flush(StoredSubmission row, long expected) {
    try {
      return submissions.saveAndFlush(row);
    } catch (OptimisticLockingFailureException e) {
      throw new WorkflowException.Stale(expected, expected + 1);
    }
  }

  private void move(
      Actor actor,
      StoredSubmission row,
      SubmissionStatus to,
      @Nullable String comment,
      AuditAction action) {
    long before = row.getVersion();
    SubmissionStatus from = row.getStatus();
    row.move(to, comment, actor.username(), clock.instant());
    StoredSubmission saved = flush(row, before);
    audit.save(
        new AuditEntry(
            saved.id(),
            action,
            actor.username(),
            clock.instant(),
            before,
            saved.getVersion(),
            from,
            to,
            comment));
  }

  private void record(
      StoredSubmission row,
      AuditAction action,
      Actor actor,
      @Nullable Long versionBefore,
      @Nullable SubmissionStatus statusBefore,
      @Nullable String comment) {
    audit.save(
        new AuditEntry(
            row.id(),
            action,
            actor.username(),
            clock.instant(),
            versionBefore,
            row.getVersion(),
            statusBefore,
            row.getStatus(),
            comment));
  }

  private SubmissionView view(StoredSubmission row) {
    LocalizedText title =
        service
            .registry()
            .find(row.getFormId())
            .map(FormPlugin::title)
            .orElse(LocalizedText.of(row.getFormId(), row.getFormId()));
    return SubmissionView.of(row, title, unitName(row.getUnitCode()));
  }

  private LocalizedText unitName(String unitCode) {
    return catalog()
        .school(unitCode)
        .map(s -> LocalizedText.of(s.name(), s.name()))
        .or(() -> catalog().group(unitCode).map(g -> g.name()))
        .orElse(LocalizedText.of(unitCode, unitCode));
  }

  private static WorkflowException.Rejected rejected(String path, Message message) {
    return new WorkflowException.Rejected(List.of(Violation.error(path, message)));
  }

  // ---- what the application's lists start from

  /** The fiscal year (B.E.) "my forms" shows and the review starts with. */
  public int currentFiscalYear() {
    return currentYear;
  }

  /** The reporting round "my forms" shows and the review starts with. */
  public Round currentRound() {
    return currentRound;
  }

  /**
   * The installed forms a unit files, learnt from each plugin's sample: a group's 7.1 and 7.2, a
   * school's 7.3. Empty for a code the catalog does not know.
   */
  public List<FormPlugin<?>> formsFiledBy(String unitCode) {
    FilingFields.UnitKind kind = filingFields.kindOf(unitCode);
    if (kind == FilingFields.UnitKind.UNKNOWN) {
      return List.of();
    }
    return service.registry().all().stream().filter(p -> filingFields.kind(p) == kind).toList();
  }

  // ---- the editor's drafts

  /**
   * Saves a draft from the editor, edited from {@code expectedVersion}, as it is: unlike {@link
   * #save}, the checks of the draft stage do not refuse it (the outcome lists them), so that what a
   * user typed is kept even while it is still wrong. Only a document that does not read as the form
   * at all is refused.
   */
  public Outcome saveDraft(
      Actor actor, long id, long expectedVersion, SubmissionDocument document) {
    return store(actor, id, expectedVersion, () -> readOrReject(document), false);
  }

  /** The catalog as it is now (rebuilt when a planner changes it). */
  private Catalog catalog() {
    return catalogs.getObject();
  }
}
