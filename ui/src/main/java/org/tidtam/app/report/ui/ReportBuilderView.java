package org.tidtam.app.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.report.service.AnnualReports;
import org.tidtam.app.report.service.BuiltReport;
import org.tidtam.app.report.service.ReportChapter;
import org.tidtam.app.report.service.ReportEditionView;
import org.tidtam.app.report.service.ReportException;
import org.tidtam.app.report.service.ReportFile;
import org.tidtam.app.report.service.ReportJob;
import org.tidtam.app.report.service.ReportSettings;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.i18n.Lang;
import org.tidtam.report.DocumentNumber;
import org.tidtam.report.ReportPart;
import org.tidtam.thai.ThaiDates;

/**
 * The annual report builder for policy and planning: the report of a fiscal year set up (cover
 * title, who prepared it, document number "เอกสารลำดับที่ n/ปี", logo, foreword, Thai digits, the
 * chapters chosen and ordered), built in the background with its progress shown (the page stays
 * usable; it asks the server every half second while a build runs), downloaded as Word and PDF, and
 * published. Executives read and download; the service checks every call again.
 */
@Route("reports")
@RolesAllowed({"PLANNER", "EXECUTIVE", "ADMIN"})
@StyleSheet("styles/shell.css")
@StyleSheet("styles/report.css")
public class ReportBuilderView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  static final int POLL_MILLIS = 500;

  private final AnnualReports reports;
  private final Actor actor;
  private final Lang lang;
  private final ZoneId zone = ZoneId.systemDefault();

  private final Select<Integer> fiscalYear = new Select<>();
  private final Paragraph state = new Paragraph();
  private final TextField title = new TextField();
  private final TextField preparedBy = new TextField();
  private final IntegerField numberSequence = new IntegerField();
  private final IntegerField numberYear = new IntegerField();
  private final Image logoPreview = new Image();
  private final Button removeLogo = new Button();
  private final Paragraph logoMessage = new Paragraph();
  private final TextArea foreword = new TextArea();
  private final Checkbox thaiDigits = new Checkbox();
  private final Grid<ChapterRow> chapters = new Grid<>();
  private final Paragraph chaptersMessage = new Paragraph();
  private final Button save = new Button();
  private final Button build = new Button();
  private final Button publish = new Button();
  private final Button newRevision = new Button();
  private final ProgressBar progress = new ProgressBar(0, 1);
  private final Span stage = new Span();
  private final Div downloads = new Div();
  private final Upload logoUpload;

  private final List<ChapterRow> rows = new ArrayList<>();
  private @Nullable ReportEditionView edition;
  private byte @Nullable [] logo;
  private @Nullable ReportJob job;
  private @Nullable Registration polling;

  /** A chapter offered, chosen or not. */
  static final class ChapterRow {
    final ReportChapter chapter;
    boolean chosen;

    ChapterRow(ReportChapter chapter, boolean chosen) {
      this.chapter = chapter;
      this.chosen = chosen;
    }
  }

  ReportBuilderView(AnnualReports reports, CurrentActor actors, SubmissionWorkflow workflow) {
    this.reports = reports;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    this.logoUpload = new Upload(logoHandler());
    addClassName("shell-page");
    addClassName("report-builder");
    if (!AnnualReports.sees(actor)) {
      return;
    }
    add(new H2(getTranslation("report.title")));
    List<Integer> years = reports.fiscalYears(actor);
    if (years.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("report.noYear"));
      none.setId("report-no-year");
      none.addClassName("shell-muted");
      add(none);
      return;
    }
    fiscalYear.setId("report-year");
    fiscalYear.setLabel(getTranslation("report.fiscalYear"));
    fiscalYear.setItems(years);
    fiscalYear.setItemLabelGenerator(String::valueOf);
    int current = workflow.currentFiscalYear();
    fiscalYear.setValue(years.contains(current) ? current : years.getFirst());
    fiscalYear.addValueChangeListener(e -> load());
    state.setId("report-state");
    state.addClassName("shell-muted");
    add(fiscalYear, state, settingsForm(), chaptersSection(), actions(), progressSection());
    load();
  }

  private FormLayout settingsForm() {
    title.setId("report-title");
    title.setLabel(getTranslation("report.cover.title"));
    title.setRequiredIndicatorVisible(true);
    title.setMaxLength(300);
    preparedBy.setId("report-prepared-by");
    preparedBy.setLabel(getTranslation("report.cover.preparedBy"));
    preparedBy.setRequiredIndicatorVisible(true);
    preparedBy.setMaxLength(300);
    numberSequence.setId("report-number");
    numberSequence.setLabel(getTranslation("report.cover.number"));
    numberSequence.setHelperText(getTranslation("report.cover.numberHelp"));
    numberSequence.setMin(1);
    numberSequence.setMax(9999);
    numberYear.setId("report-number-year");
    numberYear.setLabel(getTranslation("report.cover.numberYear"));
    numberYear.setMin(2400);
    numberYear.setMax(2800);
    logoUpload.setId("report-logo");
    logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
    logoUpload.setMaxFiles(1);
    logoUpload.setMaxFileSize(2 * 1024 * 1024);
    logoUpload.setI18n(
        new UploadI18N()
            .setAddFiles(
                new UploadI18N.AddFiles()
                    .setOne(getTranslation("report.cover.logoChoose"))
                    .setMany(getTranslation("report.cover.logoChoose")))
            .setDropFiles(
                new UploadI18N.DropFiles()
                    .setOne(getTranslation("report.cover.logoDrop"))
                    .setMany(getTranslation("report.cover.logoDrop")))
            .setError(
                new UploadI18N.Error()
                    .setFileIsTooBig(getTranslation("report.cover.logoTooBig"))
                    .setIncorrectFileType(getTranslation("report.cover.logoKind"))
                    .setTooManyFiles(getTranslation("report.cover.logoKind"))));
    logoUpload.addFileRejectedListener(e -> showLogoMessage(e.getErrorMessage()));
    logoUpload.addAllFinishedListener(e -> logoUpload.clearFileList());
    logoPreview.setId("report-logo-preview");
    logoPreview.addClassName("report-logo");
    logoPreview.setAlt(getTranslation("report.cover.logo"));
    removeLogo.setId("report-logo-remove");
    removeLogo.setText(getTranslation("report.cover.logoRemove"));
    removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    removeLogo.addClickListener(e -> setLogo(null));
    logoMessage.setId("report-logo-message");
    logoMessage.addClassName("report-error");
    Div logoField =
        new Div(new Span(getTranslation("report.cover.logo")), logoUpload, logoPreview, removeLogo);
    logoField.add(logoMessage);
    logoField.addClassName("report-logo-field");
    foreword.setId("report-foreword");
    foreword.setLabel(getTranslation("report.foreword"));
    foreword.setHelperText(getTranslation("report.forewordHelp"));
    foreword.setMaxLength(20_000);
    foreword.setMinRows(5);
    thaiDigits.setId("report-thai-digits");
    thaiDigits.setLabel(getTranslation("report.thaiDigits"));
    FormLayout form =
        new FormLayout(title, preparedBy, numberSequence, numberYear, logoField, thaiDigits);
    form.add(foreword, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    return form;
  }

  private Div chaptersSection() {
    chapters.setId("report-chapters");
    chapters.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    chapters.setAllRowsVisible(true);
    chapters
        .addComponentColumn(
            row -> {
              Checkbox box = new Checkbox(row.chosen);
              box.setAriaLabel(row.chapter.title());
              box.setReadOnly(!editable());
              box.addValueChangeListener(e -> row.chosen = e.getValue());
              return box;
            })
        .setHeader(getTranslation("report.chapters.print"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    chapters
        .addColumn(row -> row.chapter.title())
        .setHeader(getTranslation("report.chapters.title"))
        .setFlexGrow(1);
    chapters
        .addColumn(
            row ->
                getTranslation(
                    row.chapter.kind() == ReportPart.Kind.CHAPTER
                        ? "report.chapters.chapter"
                        : "report.chapters.annex"))
        .setHeader(getTranslation("report.chapters.kind"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    chapters
        .addComponentColumn(
            row -> {
              Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(row, -1));
              up.setAriaLabel(getTranslation("report.chapters.up"));
              up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
              Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(row, 1));
              down.setAriaLabel(getTranslation("report.chapters.down"));
              down.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
              up.setEnabled(editable());
              down.setEnabled(editable());
              return new Span(up, down);
            })
        .setHeader(getTranslation("report.chapters.order"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    chaptersMessage.setId("report-chapters-message");
    chaptersMessage.addClassName("report-error");
    Paragraph help = new Paragraph(getTranslation("report.chapters.help"));
    help.addClassName("shell-muted");
    return new Div(new H3(getTranslation("report.chapters")), help, chapters, chaptersMessage);
  }

  private Div actions() {
    save.setId("report-save");
    save.setText(getTranslation("report.save"));
    save.addClickListener(e -> saveSettings());
    build.setId("report-build");
    build.setText(getTranslation("report.build"));
    build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    build.addClickListener(e -> startBuild());
    publish.setId("report-publish");
    publish.setText(getTranslation("report.publish"));
    publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    publish.addClickListener(e -> confirmPublish());
    newRevision.setId("report-new-revision");
    newRevision.setText(getTranslation("report.newRevision"));
    newRevision.addClickListener(e -> startRevision());
    Div actions = new Div(save, build, publish, newRevision);
    actions.addClassName("report-actions");
    return actions;
  }

  private Div progressSection() {
    progress.setId("report-progress");
    progress.setVisible(false);
    stage.setId("report-stage");
    downloads.setId("report-downloads");
    downloads.addClassName("report-actions");
    Div section = new Div(progress, stage, downloads);
    section.addClassName("report-progress");
    return section;
  }

  // ---- loading and showing

  private int year() {
    Integer value = fiscalYear.getValue();
    if (value == null) {
      throw new IllegalStateException("no fiscal year chosen");
    }
    return value;
  }

  /** Shows the chosen year's report: its draft or the latest published edition. */
  void load() {
    stopPolling();
    job = null;
    progress.setVisible(false);
    stage.setText("");
    downloads.removeAll();
    clearProblems();
    ReportEditionView shown = reports.edition(actor, year());
    show(shown, reports.offered(actor, year()));
    if (!shown.isDraft()) {
      // a published edition's documents are stored: its downloads are there at once
      showJob(reports.build(actor, year()));
    }
  }

  private void show(ReportEditionView shown, List<ReportChapter> offered) {
    edition = shown;
    ReportSettings s = shown.settings();
    title.setValue(s.title());
    preparedBy.setValue(s.preparedBy());
    DocumentNumber number = s.number();
    numberSequence.setValue(number == null ? null : number.sequence());
    numberYear.setValue(number == null ? null : number.year());
    foreword.setValue(s.foreword());
    thaiDigits.setValue(s.thaiDigits());
    setLogo(s.logo());
    rows.clear();
    List<String> keys = s.chapters();
    for (String key : keys) {
      offered.stream()
          .filter(c -> c.key().equals(key))
          .findFirst()
          .ifPresent(c -> rows.add(new ChapterRow(c, true)));
    }
    for (ReportChapter c : offered) {
      if (!keys.contains(c.key())) {
        rows.add(new ChapterRow(c, keys.isEmpty()));
      }
    }
    showState();
  }

  private void showState() {
    ReportEditionView shown = edition;
    if (shown == null) {
      return;
    }
    boolean editable = editable();
    for (var field : List.of(title, preparedBy, foreword)) {
      field.setReadOnly(!editable);
    }
    numberSequence.setReadOnly(!editable);
    numberYear.setReadOnly(!editable);
    thaiDigits.setReadOnly(!editable);
    logoUpload.setVisible(editable);
    removeLogo.setVisible(editable && logo != null);
    chapters.setItems(rows);
    boolean builds = AnnualReports.builds(actor);
    save.setVisible(editable);
    publish.setVisible(builds && shown.isDraft());
    publish.setEnabled(shown.saved());
    newRevision.setVisible(builds && !shown.isDraft());
    build.setText(getTranslation(shown.isDraft() ? "report.build" : "report.showPublished"));
    build.setVisible(shown.isDraft());
    StringBuilder text = new StringBuilder();
    if (shown.isDraft()) {
      text.append(
          shown.saved()
              ? getTranslation(
                  "report.state.draft",
                  shown.revision(),
                  shown.changedBy(),
                  when(shown.changedAt()))
              : getTranslation("report.state.new"));
    } else {
      text.append(
          getTranslation(
              "report.state.published",
              shown.revision(),
              shown.publishedBy(),
              when(shown.publishedAt())));
    }
    if (shown.isDraft() && shown.published() > 0) {
      text.append(' ').append(getTranslation("report.state.alsoPublished", shown.published()));
    }
    state.setText(text.toString());
  }

  private boolean editable() {
    ReportEditionView shown = edition;
    return shown != null && shown.isDraft() && AnnualReports.builds(actor);
  }

  private String when(@Nullable Instant instant) {
    if (instant == null) {
      return "";
    }
    var at = instant.atZone(zone);
    String time = at.format(DateTimeFormatter.ofPattern("HH:mm"));
    return lang == Lang.TH
        ? ThaiDates.shortDate(at.toLocalDate()) + " " + time + " น."
        : at.toLocalDate() + " " + time;
  }

  // ---- the settings

  /** The settings as the form shows them. */
  ReportSettings settings() {
    Integer sequence = numberSequence.getValue();
    Integer numbered = numberYear.getValue();
    DocumentNumber number = null;
    if (sequence != null) {
      number = new DocumentNumber(sequence, numbered == null ? year() : numbered);
    }
    List<String> keys = rows.stream().filter(r -> r.chosen).map(r -> r.chapter.key()).toList();
    return new ReportSettings(
        year(),
        title.getValue(),
        preparedBy.getValue(),
        number,
        logo,
        foreword.getValue(),
        keys,
        thaiDigits.getValue());
  }

  /** Saves the settings; true when they were saved. */
  boolean saveSettings() {
    ReportEditionView shown = edition;
    if (shown == null || !editable()) {
      return false;
    }
    clearProblems();
    if (!numberFieldsValid()) {
      return false;
    }
    try {
      ReportEditionView saved = reports.save(actor, settings(), shown.version());
      edition = saved;
      showState();
      Notification.show(getTranslation("report.saved"));
      return true;
    } catch (ReportException.Invalid e) {
      for (ReportException.Problem problem : e.problems()) {
        String text = problem.message().in(lang);
        switch (problem.field()) {
          case "title" -> invalid(title, text);
          case "preparedBy" -> invalid(preparedBy, text);
          case "foreword" -> invalid(foreword, text);
          case "logo" -> showLogoMessage(text);
          case "chapters" -> chaptersMessage.setText(text);
          default -> Notification.show(text);
        }
      }
      return false;
    } catch (ReportException e) {
      Notification.show(e.text(lang));
      return false;
    }
  }

  private boolean numberFieldsValid() {
    boolean ok = true;
    if (numberSequence.isInvalid()) {
      numberSequence.setErrorMessage(getTranslation("report.cover.numberInvalid"));
      ok = false;
    }
    if (numberYear.isInvalid()) {
      numberYear.setErrorMessage(getTranslation("report.cover.numberYearInvalid"));
      ok = false;
    }
    return ok;
  }

  private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, ?> f, String t) {
    f.setErrorMessage(t);
    f.setInvalid(true);
  }

  private void clearProblems() {
    for (var field : List.of(title, preparedBy, foreword)) {
      field.setInvalid(false);
      field.setErrorMessage(null);
    }
    logoMessage.setText("");
    chaptersMessage.setText("");
  }

  /** Moves a chapter up (-1) or down (1), as its arrows do. */
  void move(ChapterRow row, int by) {
    int at = rows.indexOf(row);
    int to = at + by;
    if (at < 0 || to < 0 || to >= rows.size()) {
      return;
    }
    rows.remove(at);
    rows.add(to, row);
    chapters.setItems(rows);
  }

  private UploadHandler logoHandler() {
    return UploadHandler.inMemory(
        (metadata, bytes) -> {
          String problem = AnnualReports.logoProblem(bytes);
          if (problem != null) {
            showLogoMessage(org.tidtam.i18n.Message.of(problem, "max", 2).in(lang));
            return;
          }
          logoMessage.setText("");
          setLogo(bytes);
        });
  }

  private void showLogoMessage(String text) {
    logoMessage.setText(text);
  }

  private void setLogo(byte @Nullable [] bytes) {
    logo = bytes;
    if (bytes == null) {
      logoPreview.setVisible(false);
      removeLogo.setVisible(false);
      return;
    }
    byte[] shown = bytes.clone();
    logoPreview.setSrc(
        DownloadHandler.fromInputStream(
            event ->
                new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(shown),
                    "logo",
                    shown.length > 3 && (shown[0] & 0xff) == 0xff ? "image/jpeg" : "image/png",
                    shown.length)));
    logoPreview.setVisible(true);
    removeLogo.setVisible(editable());
  }

  // ---- building

  /** Saves the settings when they can change, then starts the build in the background. */
  void startBuild() {
    if (editable() && !saveSettings()) {
      return;
    }
    downloads.removeAll();
    showJob(reports.build(actor, year()));
  }

  private void showJob(ReportJob started) {
    job = started;
    progress.setVisible(true);
    updateProgress();
    if (started.state() == ReportJob.State.RUNNING) {
      build.setEnabled(false);
      startPolling();
    }
  }

  /** Shows how far the build is; when it ended, its downloads or why it failed. */
  void updateProgress() {
    ReportJob running = job;
    if (running == null) {
      return;
    }
    progress.setValue(running.fraction());
    stage.setText(getTranslation(running.stage()));
    switch (running.state()) {
      case RUNNING -> {}
      case DONE -> {
        stopPolling();
        build.setEnabled(true);
        running.result().ifPresent(this::showDownloads);
      }
      case FAILED -> {
        stopPolling();
        build.setEnabled(true);
        stage.setText(getTranslation("report.stage.failed") + " " + running.failure().orElse(""));
      }
    }
  }

  private void startPolling() {
    Optional<UI> ui = getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
    ui.ifPresent(
        u -> {
          u.setPollInterval(POLL_MILLIS);
          if (polling == null) {
            polling = u.addPollListener(e -> updateProgress());
          }
        });
  }

  private void stopPolling() {
    if (polling != null) {
      polling.remove();
      polling = null;
    }
    getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(u -> u.setPollInterval(-1));
  }

  private void showDownloads(BuiltReport report) {
    downloads.removeAll();
    int y = year();
    Anchor docx = download(AnnualReports.file(y, report, false), "report.download.docx");
    docx.setId("report-download-docx");
    downloads.add(docx);
    if (report.pdfBytes().isPresent()) {
      Anchor pdf = download(AnnualReports.file(y, report, true), "report.download.pdf");
      pdf.setId("report-download-pdf");
      downloads.add(pdf);
    }
    Paragraph note =
        new Paragraph(getTranslation(report.refreshed() ? "report.tocFilled" : "report.tocOnOpen"));
    note.setId("report-toc-note");
    note.addClassName("shell-muted");
    downloads.add(note);
    ReportEditionView shown = edition;
    if (shown != null && !shown.isDraft()) {
      Anchor open = new Anchor("public/report/" + y, getTranslation("report.publicPage"));
      open.setId("report-public-link");
      downloads.add(open);
    }
  }

  private Anchor download(ReportFile file, String label) {
    DownloadHandler handler =
        event -> {
          event.setContentType(file.mediaType());
          event.setContentLength(file.bytes().length);
          event
              .getResponse()
              .setHeader(
                  "Content-Disposition",
                  FileNames.contentDisposition(file.fileName(), file.asciiFileName()));
          try (OutputStream out = event.getOutputStream()) {
            out.write(file.bytes());
          }
        };
    Anchor anchor = new Anchor(handler, getTranslation(label));
    anchor.addClassName("download-link");
    return anchor;
  }

  /** The report being built or shown, for the downloads and tests. */
  Optional<ReportJob> job() {
    return Optional.ofNullable(job);
  }

  // ---- publishing

  private void confirmPublish() {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setId("report-publish-confirm");
    confirm.setHeader(getTranslation("report.publishTitle", String.valueOf(year())));
    confirm.setText(getTranslation("report.publishText"));
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("report.cancel"));
    confirm.setConfirmText(getTranslation("report.publishConfirm"));
    confirm.addConfirmListener(e -> publishNow());
    confirm.open();
  }

  /** Saves and publishes the draft; true when it was published. */
  boolean publishNow() {
    if (!saveSettings()) {
      return false;
    }
    ReportEditionView shown = edition;
    if (shown == null) {
      return false;
    }
    try {
      reports.publish(actor, year(), shown.version());
      Notification.show(getTranslation("report.published", String.valueOf(year())));
      load();
      return true;
    } catch (ReportException e) {
      Notification.show(e.text(lang));
      return false;
    }
  }

  /** Starts a new revision from the published edition's settings (saved on the first save). */
  void startRevision() {
    ReportEditionView shown = edition;
    if (shown == null || shown.isDraft() || !AnnualReports.builds(actor)) {
      return;
    }
    edition =
        new ReportEditionView(
            shown.settings(),
            shown.revision() + 1,
            org.tidtam.app.report.domain.EditionStatus.DRAFT,
            -1,
            null,
            null,
            null,
            null,
            shown.published());
    downloads.removeAll();
    progress.setVisible(false);
    stage.setText("");
    showState();
    chapters.getDataProvider().refreshAll();
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    if (job != null && job.state() == ReportJob.State.RUNNING) {
      startPolling();
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopPolling();
    super.onDetach(event);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!AnnualReports.sees(actor)) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("report.title") + " — " + getTranslation("app.name");
  }
}
