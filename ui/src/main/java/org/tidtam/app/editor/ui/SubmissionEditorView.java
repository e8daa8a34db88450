package org.tidtam.app.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidtam.app.editor.FormEditor;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.DocumentFile;
import org.tidtam.app.submission.service.OpenSubmission;
import org.tidtam.app.submission.service.Outcome;
import org.tidtam.app.submission.service.SubmissionAccess;
import org.tidtam.app.submission.service.SubmissionAction;
import org.tidtam.app.submission.service.SubmissionView;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.ThaiDates;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.JsonNode;

/**
 * The page where staff edit one stored submission, e.g. {@code /submissions/12}: the form's editor
 * with the submission's header, a draft saved by itself a moment after the last change (and when
 * the page is left), a panel of what still blocks submission, the actions the user's role and the
 * status allow, and a dialog when someone else saved first. The workflow decides who sees what: a
 * submission of another unit is "not found", as an unknown one is.
 */
@Route("submissions/:id")
@PermitAll
@StyleSheet("assets/editor/submission-editor.css")
public class SubmissionEditorView extends Div
    implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

  /** How long after the last change the draft is saved. */
  static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);

  /** How often the browser asks whether it is time to save, while there is something to save. */
  static final int POLL_MILLIS = 1000;

  static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Bangkok");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final Logger log = LoggerFactory.getLogger(SubmissionEditorView.class);

  private final SubmissionWorkflow workflow;
  private final SubmissionService service;
  private final SubmissionAccess access;
  private final CurrentActor currentActor;
  private final Clock clock;

  private @Nullable Actor actor;
  private long id;
  private @Nullable SubmissionView view;
  private @Nullable FormEditor editor;
  private final Div header = new Div();
  private final Span saveState = new Span();
  private final Div actions = new Div();
  private final Div problems = new Div();
  private @Nullable Instant lastChange;
  private @Nullable Instant lastAttempt;
  private @Nullable Instant savedAt;
  private boolean saveFailed;
  private @Nullable Dialog conflict;
  private @Nullable Runnable afterConflict;
  private @Nullable Registration poll;

  public SubmissionEditorView(
      SubmissionWorkflow workflow,
      SubmissionService service,
      SubmissionAccess access,
      CurrentActor currentActor,
      Clock clock) {
    this.workflow = workflow;
    this.service = service;
    this.access = access;
    this.currentActor = currentActor;
    this.clock = clock;
    addClassName("submission-editor");
    header.addClassName("submission-header");
    saveState.setId("editor-save-state");
    saveState.addClassName("submission-save-state");
    saveState.getElement().setAttribute("role", "status");
    saveState.getElement().setAttribute("aria-live", "polite");
    actions.addClassName("submission-actions");
    problems.setId("problems-panel");
    problems.addClassName("problems-panel");
  }

  @Override
  public String getPageTitle() {
    SubmissionView v = view;
    String title = getTranslation("editor.pageTitle");
    return v == null ? title : title + " " + v.form();
  }

  private Lang lang() {
    return Lang.of(getLocale());
  }

  // ---- opening

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    closeConflict();
    actor = currentActor.get();
    String raw = event.getRouteParameters().get("id").orElse("");
    if (!raw.matches("\\d{1,18}")) {
      showNotFound(raw);
      return;
    }
    id = Long.parseLong(raw);
    try {
      load();
    } catch (WorkflowException.NotFound | WorkflowException.NotAllowed e) {
      showNotFound(raw);
    }
  }

  private void showNotFound(String raw) {
    removeAll();
    view = null;
    editor = null;
    var title = new H2(getTranslation("editor.notFound.title"));
    var text = new Paragraph(getTranslation("editor.notFound.text", raw));
    var box = new Div(title, text);
    box.setId("editor-not-found");
    box.addClassName("submission-not-found");
    add(box);
  }

  /** (Re)reads the submission and lays out the page; what the user typed since is dropped. */
  private void load() {
    Actor who = actor();
    OpenSubmission open = workflow.open(who, id);
    SubmissionView v = open.view();
    view = v;
    var fresh =
        new FormEditor(
            service,
            open.submission().plugin(),
            workflow.context(),
            lang(),
            open.submission().document());
    fresh.setPanelShown(false);
    fresh.setReadOnly(!mayEdit(v));
    fresh.addChangeListener(e -> changed());
    editor = fresh;
    lastChange = null;
    lastAttempt = null;
    saveFailed = false;
    savedAt = v.changedAt();

    removeAll();
    drawHeader();
    drawActions();
    add(header, actions, problems, fresh);
    refreshProblems();
    showState();
  }

  private boolean mayEdit(SubmissionView v) {
    return v.status().editable() && access.may(actor(), SubmissionAction.SAVE, v.unit());
  }

  private Actor actor() {
    Actor a = actor;
    if (a == null) {
      throw new IllegalStateException("no actor before the page is entered");
    }
    return a;
  }

  private SubmissionView current() {
    SubmissionView v = view;
    if (v == null) {
      throw new IllegalStateException("no submission open");
    }
    return v;
  }

  private FormEditor editor() {
    FormEditor e = editor;
    if (e == null) {
      throw new IllegalStateException("no submission open");
    }
    return e;
  }

  // ---- header and actions

  private void drawHeader() {
    SubmissionView v = current();
    Lang lang = lang();
    header.removeAll();
    var title = new H1(v.formTitle().in(lang));
    title.addClassName("submission-title");
    var status = new Span(v.status().label().in(lang));
    status.setId("editor-status");
    status.addClassNames("submission-status", "submission-status--" + v.status().name());
    status.getElement().setAttribute("title", getTranslation("editor.header.status"));
    var unit = new Span(getTranslation("editor.header.unit", v.unitName().in(lang)));
    var period =
        new Span(
            getTranslation(
                "editor.header.period",
                String.valueOf(v.fiscalYear()),
                v.round().label().in(lang)));
    var version = new Span(getTranslation("editor.header.version", String.valueOf(v.version())));
    version.setId("editor-version");
    var changed =
        new Span(getTranslation("editor.header.changed", v.changedBy(), when(v.changedAt(), lang)));
    changed.setId("editor-changed");
    var facts = new Div(status, unit, period, version, changed);
    facts.addClassName("submission-facts");
    header.add(title, facts);
    if (v.status().editable()) {
      workflow
          .windowRefusal(v)
          .ifPresent(
              refusal -> {
                var window = new Paragraph(org.tidtam.i18n.Messages.render(refusal, lang));
                window.setId("editor-window-note");
                window.addClassName("submission-window-note");
                window.getElement().setAttribute("role", "status");
                header.add(window);
              });
    }
    String comment = v.returnComment();
    if (v.status() == SubmissionStatus.RETURNED && comment != null && !comment.isBlank()) {
      var note =
          new Div(
              new H3(getTranslation("editor.returnComment.title")),
              new Paragraph(getTranslation("editor.returnComment.text", comment)));
      note.setId("editor-return-note");
      note.addClassName("submission-return-note");
      note.getElement().setAttribute("role", "alert");
      header.add(note);
    }
  }

  private void drawActions() {
    SubmissionView v = current();
    Actor who = actor();
    actions.removeAll();
    actions.add(saveState);
    if (mayEdit(v)) {
      var save = new Button(getTranslation("editor.save"), e -> saveNow());
      save.setId("editor-save");
      actions.add(save);
    }
    if (v.status().editable() && access.may(who, SubmissionAction.SUBMIT, v.unit())) {
      var submit = new Button(getTranslation("editor.submit"), e -> submit());
      submit.setId("editor-submit");
      submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(submit);
    }
    if (v.status() == SubmissionStatus.SUBMITTED
        && access.may(who, SubmissionAction.RETURN, v.unit())) {
      var back =
          new Button(
              getTranslation("editor.return"),
              e ->
                  commentDialog(
                      "return",
                      getTranslation("editor.return"),
                      getTranslation("editor.return.comment"),
                      true,
                      getTranslation("editor.return.confirm"),
                      comment -> {
                        workflow.returnForChanges(actor(), id, comment);
                        return getTranslation("editor.return.done");
                      }));
      back.setId("editor-return");
      actions.add(back);
    }
    if (v.status() == SubmissionStatus.SUBMITTED
        && access.may(who, SubmissionAction.APPROVE, v.unit())) {
      var approve =
          new Button(
              getTranslation("editor.approve"),
              e ->
                  act(
                      () -> {
                        workflow.approve(actor(), id);
                        return getTranslation("editor.approve.done");
                      }));
      approve.setId("editor-approve");
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
      actions.add(approve);
    }
    if ((v.status() == SubmissionStatus.APPROVED || v.status() == SubmissionStatus.SUBMITTED)
        && access.may(who, SubmissionAction.REOPEN, v.unit())) {
      var reopen =
          new Button(
              getTranslation("editor.reopen"),
              e ->
                  commentDialog(
                      "reopen",
                      getTranslation("editor.reopen"),
                      getTranslation("editor.reopen.comment"),
                      false,
                      getTranslation("editor.reopen.confirm"),
                      comment -> {
                        workflow.reopen(actor(), id, comment.isBlank() ? null : comment);
                        return getTranslation("editor.reopen.done");
                      }));
      reopen.setId("editor-reopen");
      actions.add(reopen);
    }
    if (access.may(who, SubmissionAction.DOWNLOAD, v.unit())) {
      actions.add(downloadLink());
    }
  }

  private Anchor downloadLink() {
    Actor who = actor();
    long submission = id;
    Lang lang = lang();
    var link =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  DocumentFile file = workflow.document(who, submission, lang);
                  return new DownloadResponse(
                      new ByteArrayInputStream(file.bytes()),
                      file.fileName(),
                      file.contentType(),
                      file.bytes().length);
                }),
            getTranslation("editor.download"));
    link.setId("editor-download");
    link.addClassName("submission-download");
    return link;
  }

  /** A status move: done, the page shows the submission as it is now. */
  private void act(Action action) {
    try {
      String done = action.run();
      load();
      Notification.show(done);
    } catch (WorkflowException e) {
      Notification.show(e.text(lang()));
    }
  }

  @FunctionalInterface
  private interface Action {
    String run();
  }

  @FunctionalInterface
  private interface CommentAction {
    String run(String comment);
  }

  private void commentDialog(
      String name,
      String title,
      String label,
      boolean required,
      String confirmText,
      CommentAction action) {
    var dialog = new Dialog();
    dialog.setId(name + "-dialog");
    dialog.setHeaderTitle(title);
    var comment = new TextArea(label);
    comment.setId("editor-" + name + "-comment");
    comment.setWidthFull();
    comment.setRequired(required);
    comment.setManualValidation(true);
    dialog.add(comment);
    var confirm =
        new Button(
            confirmText,
            e -> {
              String text = comment.getValue().strip();
              if (required && text.isEmpty()) {
                comment.setErrorMessage(getTranslation("editor.return.commentRequired"));
                comment.setInvalid(true);
                return;
              }
              dialog.close();
              act(() -> action.run(text));
            });
    confirm.setId("editor-" + name + "-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button(getTranslation("editor.cancel"), e -> dialog.close());
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  // ---- saving

  private void changed() {
    lastChange = clock.instant();
    showState();
    getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
  }

  /** A poll from the browser: saves once the user has paused, and updates the problems panel. */
  private void tick() {
    FormEditor e = editor;
    Instant changedAt = lastChange;
    if (e == null || conflict != null) {
      return;
    }
    if (e.isDirty()
        && changedAt != null
        && !changedAt.equals(lastAttempt)
        && !clock.instant().isBefore(changedAt.plus(AUTOSAVE_DELAY))) {
      save();
      refreshProblems();
    }
    if (!e.isDirty() || changedAt == null || changedAt.equals(lastAttempt)) {
      getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
  }

  private void saveNow() {
    if (save()) {
      refreshProblems();
    }
  }

  /**
   * Saves what the editor holds when it changed. True when it is saved (or there was nothing to
   * save); false when it is not, and the user has been told why.
   */
  private boolean save() {
    FormEditor e = editor();
    if (!e.isDirty() || e.isReadOnly()) {
      return true;
    }
    lastAttempt = lastChange;
    try {
      Outcome outcome = workflow.saveDraft(actor(), id, current().version(), e.document());
      saved(outcome);
      return true;
    } catch (WorkflowException.Stale stale) {
      saveFailed = true;
      showState();
      openConflict();
      return false;
    } catch (WorkflowException.Rejected rejected) {
      saveFailed = true;
      showState();
      e.check(Stage.DRAFT);
      Notification.show(
          getTranslation("editor.notSaved", rejected.violations().getFirst().text(lang()).strip()));
      return false;
    } catch (WorkflowException other) {
      // the status moved or the rights changed meanwhile: the page shows it as it is now
      saveFailed = true;
      e.setReadOnly(true);
      showState();
      Notification.show(getTranslation("editor.notSaved", other.text(lang())));
      return false;
    }
  }

  private void saved(Outcome outcome) {
    editor().markSaved();
    view = outcome.view();
    savedAt = clock.instant();
    saveFailed = false;
    drawHeader();
    showState();
  }

  private void showState() {
    FormEditor e = editor;
    if (e == null) {
      return;
    }
    String text;
    String state;
    if (e.isReadOnly() && !e.isDirty()) {
      text = getTranslation("editor.state.readOnly");
      state = "read-only";
    } else if (saveFailed) {
      text = getTranslation("editor.state.unsaved");
      state = "unsaved";
    } else if (e.isDirty()) {
      text = getTranslation("editor.state.saving");
      state = "saving";
    } else {
      Instant at = savedAt == null ? current().changedAt() : savedAt;
      text =
          getTranslation(
              "editor.state.saved",
              DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(at.atZone(OFFICE_TIME)));
      state = "saved";
    }
    saveState.setText(text);
    saveState.getElement().setAttribute("data-state", state);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    UI ui = event.getUI();
    poll = ui.addPollListener(e -> tick());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    // the tab was closed or the session ended: keep what reached the server
    FormEditor e = editor;
    if (e != null && e.isDirty() && !e.isReadOnly() && conflict == null && actor != null) {
      try {
        saved(workflow.saveDraft(actor(), id, current().version(), e.document()));
      } catch (RuntimeException ex) {
        // e.g. someone else saved meanwhile: never overwritten without asking
        log.warn("Draft {} not saved when its page closed: {}", id, ex.getMessage());
      }
    }
    event.getUI().setPollInterval(-1);
    if (poll != null) {
      poll.remove();
      poll = null;
    }
    super.onDetach(event);
  }

  @Override
  public void beforeLeave(BeforeLeaveEvent event) {
    FormEditor e = editor;
    if (e == null || !e.isDirty() || e.isReadOnly()) {
      return;
    }
    if (save()) {
      return;
    }
    BeforeLeaveEvent.ContinueNavigationAction go = event.postpone();
    if (conflict != null) {
      afterConflict = go::proceed;
    } else {
      leaveDialog(go);
    }
  }

  private void leaveDialog(BeforeLeaveEvent.ContinueNavigationAction go) {
    var dialog = new Dialog();
    dialog.setId("leave-dialog");
    dialog.setHeaderTitle(getTranslation("editor.leave.title"));
    dialog.add(new Paragraph(getTranslation("editor.leave.text")));
    var stay = new Button(getTranslation("editor.leave.stay"), e -> dialog.close());
    stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var leave =
        new Button(
            getTranslation("editor.leave.go"),
            e -> {
              dialog.close();
              editor().markSaved();
              go.proceed();
            });
    leave.setId("leave-confirm");
    leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(leave, stay);
    dialog.open();
  }

  // ---- submitting

  private void submit() {
    FormEditor e = editor();
    if (!save()) {
      return;
    }
    try {
      Outcome outcome = workflow.submit(actor(), id, current().version());
      if (outcome.hasErrors()) {
        view = outcome.view();
        e.check(Stage.SUBMIT);
        refreshProblems();
        Notification.show(getTranslation("editor.submit.blocked"));
        return;
      }
      load();
      Notification.show(getTranslation("editor.submit.done"));
    } catch (WorkflowException.Stale stale) {
      openConflict();
    } catch (WorkflowException.OutsideWindow outside) {
      var shown = Notification.show(outside.text(lang()), 10_000, Notification.Position.MIDDLE);
      shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
    } catch (WorkflowException other) {
      Notification.show(other.text(lang()));
    }
  }

  // ---- the problems panel

  /**
   * What blocks submission and the warnings (cross-form ones included), each a link to its place.
   */
  private void refreshProblems() {
    FormEditor e = editor();
    Lang lang = lang();
    problems.removeAll();
    List<Violation> found = e.problems(Stage.SUBMIT);
    List<Violation> errors = found.stream().filter(Violation::isError).toList();
    List<Violation> warnings = found.stream().filter(v -> !v.isError()).toList();
    if (current().status().editable()) {
      if (errors.isEmpty()) {
        var ready = new Span(getTranslation("editor.problems.ready"));
        ready.addClassName("problems-ready");
        problems.add(ready);
      } else {
        problems.add(
            problemList(
                getTranslation("editor.problems.blockers", String.valueOf(errors.size())),
                errors,
                "problems-blockers",
                lang));
      }
    }
    if (!warnings.isEmpty()) {
      problems.add(
          problemList(
              getTranslation("editor.problems.warnings"), warnings, "problems-warnings", lang));
    }
    problems.setVisible(problems.getChildren().findAny().isPresent());
  }

  private Div problemList(String heading, List<Violation> violations, String name, Lang lang) {
    FormEditor e = editor();
    var items = new UnorderedList();
    for (Violation v : violations) {
      String where = e.describe(v.path());
      String text = where.isEmpty() ? v.text(lang) : where + ": " + v.text(lang);
      var link = new Button(text, click -> e.focus(v.path()));
      link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      link.addClassName("problems-link");
      link.getElement().setAttribute("data-path", v.path());
      items.add(new ListItem(link));
    }
    var box = new Div(new H3(heading), items);
    box.addClassName(name);
    return box;
  }

  // ---- conflicts

  /** Someone else saved first: keep mine, take theirs or compare; no autosave meanwhile. */
  private void openConflict() {
    closeConflict();
    OpenSubmission theirs;
    try {
      theirs = workflow.open(actor(), id);
    } catch (WorkflowException e) {
      Notification.show(e.text(lang()));
      return;
    }
    Lang lang = lang();
    SubmissionView tv = theirs.view();
    var dialog = new Dialog();
    dialog.setId("conflict-dialog");
    dialog.addClassName("conflict-dialog");
    dialog.setHeaderTitle(getTranslation("editor.conflict.title"));
    dialog.setCloseOnEsc(false);
    dialog.setCloseOnOutsideClick(false);
    var text =
        new Paragraph(
            getTranslation("editor.conflict.text", tv.changedBy(), when(tv.changedAt(), lang)));
    text.setId("conflict-text");
    var body = new Div();
    body.addClassName("conflict-body");
    dialog.add(text, body);

    var keep = new Button(getTranslation("editor.conflict.keepMine"), e -> keepMine(tv.version()));
    keep.setId("conflict-keep-mine");
    keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var take =
        new Button(
            getTranslation("editor.conflict.takeTheirs"), e -> confirmTakeTheirs(dialog, body));
    take.setId("conflict-take-theirs");
    var compare =
        new Button(
            getTranslation("editor.conflict.compare"),
            e -> {
              body.removeAll();
              body.add(differences(theirs.submission().document().data()));
            });
    compare.setId("conflict-compare");
    dialog.getFooter().add(compare, take, keep);
    conflict = dialog;
    getUI().ifPresent(ui -> ui.setPollInterval(-1));
    dialog.open();
  }

  private void keepMine(long theirVersion) {
    FormEditor e = editor();
    try {
      Outcome outcome = workflow.saveDraft(actor(), id, theirVersion, e.document());
      closeConflict();
      saved(outcome);
      refreshProblems();
      resumeAfterConflict();
    } catch (WorkflowException.Stale again) {
      openConflict();
    } catch (WorkflowException other) {
      closeConflict();
      Notification.show(getTranslation("editor.notSaved", other.text(lang())));
    }
  }

  private void confirmTakeTheirs(Dialog dialog, Div body) {
    body.removeAll();
    var warning = new Paragraph(getTranslation("editor.conflict.confirmTheirs"));
    warning.addClassName("conflict-warning");
    var confirm =
        new Button(
            getTranslation("editor.conflict.confirmTheirsButton"),
            e -> {
              closeConflict();
              try {
                load();
              } catch (WorkflowException ex) {
                Notification.show(ex.text(lang()));
              }
              resumeAfterConflict();
            });
    confirm.setId("conflict-take-theirs-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    var back = new Button(getTranslation("editor.conflict.back"), e -> body.removeAll());
    back.setId("conflict-back");
    body.add(warning, new Div(back, confirm));
  }

  private void resumeAfterConflict() {
    Runnable next = afterConflict;
    afterConflict = null;
    if (next != null) {
      next.run();
    }
  }

  private void closeConflict() {
    Dialog d = conflict;
    conflict = null;
    if (d != null) {
      d.close();
    }
  }

  /** The fields whose values differ: where, mine, theirs. */
  private Component differences(JsonNode theirs) {
    FormEditor e = editor();
    List<DocumentDiff.Difference> found = DocumentDiff.between(e.document().data(), theirs);
    var box = new Div();
    box.setId("conflict-differences");
    box.addClassName("conflict-differences");
    if (found.isEmpty()) {
      box.add(new Paragraph(getTranslation("editor.conflict.same")));
      return box;
    }
    box.add(
        row(
            "conflict-head",
            getTranslation("editor.conflict.field"),
            getTranslation("editor.conflict.mine"),
            getTranslation("editor.conflict.theirs")));
    for (DocumentDiff.Difference d : found) {
      Div r = row("conflict-row", e.describe(d.path()), shown(d.mine()), shown(d.theirs()));
      r.getElement().setAttribute("data-path", d.path());
      box.add(r);
    }
    return box;
  }

  private static Div row(String className, String where, String mine, String theirs) {
    var a = new Span(where);
    a.addClassName("conflict-where");
    var b = new Span(mine);
    b.addClassName("conflict-mine");
    var c = new Span(theirs);
    c.addClassName("conflict-theirs");
    var r = new Div(a, b, c);
    r.addClassName(className);
    return r;
  }

  private String shown(@Nullable JsonNode value) {
    if (value == null) {
      return "—";
    }
    if (value.isBoolean()) {
      return getTranslation(value.booleanValue() ? "editor.yes" : "editor.no");
    }
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isString()) {
      String text = value.stringValue();
      if (ISO_DATE.matcher(text).matches()) {
        try {
          LocalDate date = LocalDate.parse(text);
          return String.format(
              Locale.ROOT,
              "%02d/%02d/%04d",
              date.getDayOfMonth(),
              date.getMonthValue(),
              ThaiDates.beYear(date));
        } catch (DateTimeException e) {
          return text;
        }
      }
      return text;
    }
    return value.toString();
  }

  // ---- dates as the office reads them

  /** {@code 5 ธ.ค. 2569 14:02 น.}; in English {@code 5 Dec 2569 B.E. 14:02}. */
  static String when(Instant instant, Lang lang) {
    ZonedDateTime at = instant.atZone(OFFICE_TIME);
    String time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(at);
    if (lang == Lang.EN) {
      return at.getDayOfMonth()
          + " "
          + at.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          + " "
          + ThaiDates.beYear(at.toLocalDate())
          + " B.E. "
          + time;
    }
    return ThaiDates.shortDate(at.toLocalDate()) + " " + time + " น.";
  }
}
