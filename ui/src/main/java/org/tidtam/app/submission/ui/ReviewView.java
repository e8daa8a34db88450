package org.tidtam.app.submission.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.SubmissionAccess;
import org.tidtam.app.submission.service.SubmissionAction;
import org.tidtam.app.submission.service.SubmissionFilter;
import org.tidtam.app.submission.service.SubmissionView;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.thai.Round;
import org.tidtam.validation.Violation;

/**
 * The reviewer's list: every submission the user may see, filtered by fiscal year, round, form,
 * unit and status, with the actions the user's role allows on each (open, return with a comment,
 * approve, reopen for administrators, download), and the approved documents of a form and round as
 * one zip. The buttons only mirror the rules: the workflow checks every action again.
 */
@Route("review")
@PermitAll
@StyleSheet("styles/shell.css")
public class ReviewView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final SubmissionWorkflow workflow;
  private final SubmissionAccess access;
  private final Clock clock;
  private final Actor actor;
  private final Lang lang;
  private final Map<String, String> unitNames;

  private final Select<Integer> fiscalYear = new Select<>();
  private final Select<Round> round = new Select<>();
  private final Select<String> form = new Select<>();
  private final ComboBox<String> unit = new ComboBox<>();
  private final Select<SubmissionStatus> status = new Select<>();
  private final Grid<SubmissionView> grid = new Grid<>();
  private final Span count = new Span();
  private final Div zip = new Div();

  ReviewView(
      SubmissionWorkflow workflow,
      SubmissionAccess access,
      CurrentActor actors,
      Catalog catalog,
      FormRegistry registry,
      Clock clock) {
    this.workflow = workflow;
    this.access = access;
    this.clock = clock;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    this.unitNames = unitNames(catalog, lang);
    addClassName("shell-page");
    add(new H2(getTranslation("review.title")));
    if (actor.is(Role.EXECUTIVE)) {
      var note = new Paragraph(getTranslation("review.readOnly"));
      note.setId("read-only");
      note.addClassName("shell-muted");
      add(note);
    }
    add(filters(catalog, registry), summary(), grid());
  }

  /** Lists afresh on every visit, also when the view is shown again. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("review.title") + " — " + getTranslation("app.name");
  }

  private Div filters(Catalog catalog, FormRegistry registry) {
    String all = getTranslation("review.filter.all");

    List<Integer> years = new ArrayList<>(catalog.fiscalYears());
    if (!years.contains(workflow.currentFiscalYear())) {
      years.add(workflow.currentFiscalYear());
    }
    fiscalYear.setLabel(getTranslation("review.filter.fiscalYear"));
    fiscalYear.setItems(years);
    fiscalYear.setItemLabelGenerator(String::valueOf);
    fiscalYear.setValue(workflow.currentFiscalYear());
    fiscalYear.setId("filter-fiscal-year");

    round.setLabel(getTranslation("review.filter.round"));
    round.setItems(Round.values());
    round.setItemLabelGenerator(r -> r == null ? all : r.label().in(lang));
    round.setEmptySelectionAllowed(true);
    round.setEmptySelectionCaption(all);
    round.setValue(workflow.currentRound());
    round.setId("filter-round");

    form.setLabel(getTranslation("review.filter.form"));
    form.setItems(registry.ids());
    form.setItemLabelGenerator(id -> id == null ? all : Texts.form(this, id));
    form.setEmptySelectionAllowed(true);
    form.setEmptySelectionCaption(all);
    form.setId("filter-form");

    unit.setLabel(getTranslation("review.filter.unit"));
    unit.setItems(visibleUnits());
    unit.setItemLabelGenerator(code -> unitNames.getOrDefault(code, code));
    unit.setClearButtonVisible(true);
    unit.setPlaceholder(all);
    unit.setId("filter-unit");

    status.setLabel(getTranslation("review.filter.status"));
    status.setItems(SubmissionStatus.values());
    status.setItemLabelGenerator(s -> s == null ? all : getTranslation("status." + s));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(all);
    status.setId("filter-status");

    fiscalYear.addValueChangeListener(e -> refresh());
    round.addValueChangeListener(e -> refresh());
    form.addValueChangeListener(e -> refresh());
    unit.addValueChangeListener(e -> refresh());
    status.addValueChangeListener(e -> refresh());

    var filters = new Div(fiscalYear, round, form, unit, status);
    filters.addClassName("review-filters");
    return filters;
  }

  /** Every unit for those who see all; a staff member's own unit otherwise. */
  private List<String> visibleUnits() {
    if (actor.seesAllUnits()) {
      return List.copyOf(unitNames.keySet());
    }
    String own = actor.unitCode();
    return own == null ? List.of() : List.of(own);
  }

  private Div summary() {
    count.setId("review-count");
    var summary = new Div(count, zip);
    summary.addClassName("review-summary");
    return summary;
  }

  private Grid<SubmissionView> grid() {
    grid.setId("review-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(v -> v.unitName().in(lang))
        .setKey("unit")
        .setHeader(getTranslation("review.column.unit"))
        .setFlexGrow(2)
        .setResizable(true);
    grid.addColumn(v -> Texts.form(this, v.form()))
        .setKey("form")
        .setHeader(getTranslation("review.column.form"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(v -> Badges.status(this, v.status()))
        .setKey("status")
        .setHeader(getTranslation("review.column.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(SubmissionView::changedBy)
        .setKey("changedBy")
        .setHeader(getTranslation("review.column.changedBy"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(v -> Texts.dateTime(v.changedAt(), clock.getZone(), lang))
        .setKey("changedAt")
        .setHeader(getTranslation("review.column.changedAt"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(this::actions)
        .setKey("actions")
        .setHeader(getTranslation("review.column.actions"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.setEmptyStateText(getTranslation("review.count", "0"));
    return grid;
  }

  private Div actions(SubmissionView view) {
    long id = view.id();
    var open = new Button(getTranslation("review.open"), e -> open(id));
    open.setId("open-" + id);
    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
    var actions = new Div(open);
    actions.addClassName("review-actions");
    if (view.status() == SubmissionStatus.SUBMITTED && may(SubmissionAction.RETURN, view)) {
      var ret = new Button(getTranslation("review.return"), e -> askReturn(view));
      ret.setId("return-" + id);
      ret.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      actions.add(ret);
    }
    if (view.status() == SubmissionStatus.SUBMITTED && may(SubmissionAction.APPROVE, view)) {
      var approve = new Button(getTranslation("review.approve"), e -> askApprove(view));
      approve.setId("approve-" + id);
      approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
      actions.add(approve);
    }
    if (!view.status().editable() && may(SubmissionAction.REOPEN, view)) {
      var reopen = new Button(getTranslation("review.reopen"), e -> askReopen(view));
      reopen.setId("reopen-" + id);
      reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
      actions.add(reopen);
    }
    if (may(SubmissionAction.DOWNLOAD, view)) {
      actions.add(
          WordDownloads.link(
              "download-" + id,
              getTranslation("download.word"),
              () -> workflow.document(actor, id, lang)));
    }
    return actions;
  }

  private boolean may(SubmissionAction action, SubmissionView view) {
    return access.may(actor, action, view.unit());
  }

  private void refresh() {
    List<SubmissionView> rows =
        workflow.search(
            actor,
            new SubmissionFilter(
                form.getValue(),
                fiscalYear.getValue(),
                round.getValue(),
                unit.getValue(),
                status.getValue()));
    grid.setItems(rows);
    count.setText(getTranslation("review.count", String.valueOf(rows.size())));
    zip.removeAll();
    zip.add(zipLink());
  }

  /** The approved documents of the chosen form, year and round; needs all three chosen. */
  private Anchor zipLink() {
    String formId = form.getValue();
    Integer year = fiscalYear.getValue();
    Round r = round.getValue();
    Anchor link =
        WordDownloads.link(
            "download-approved",
            getTranslation("review.downloadApproved"),
            () -> {
              if (formId == null || year == null || r == null) {
                throw new IllegalStateException("choose a form, a fiscal year and a round");
              }
              return workflow.approvedDocuments(actor, formId, year, r);
            });
    if (formId == null || year == null || r == null) {
      link.setEnabled(false);
      link.setTitle(getTranslation("review.downloadApproved.help"));
    }
    return link;
  }

  private void askReturn(SubmissionView view) {
    var dialog = new Dialog();
    dialog.setId("return-dialog");
    dialog.setHeaderTitle(getTranslation("return.title", describe(view)));
    var comment = new TextArea(getTranslation("return.comment"));
    comment.setId("return-comment");
    comment.setRequiredIndicatorVisible(true);
    comment.setManualValidation(true);
    comment.setWidthFull();
    comment.setMinRows(3);
    var confirm =
        new Button(
            getTranslation("return.confirm"),
            e -> {
              if (comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("return.required"));
                comment.setInvalid(true);
                return;
              }
              try {
                workflow.returnForChanges(actor, view.id(), comment.getValue());
              } catch (WorkflowException.Rejected rejected) {
                comment.setErrorMessage(rejected.text(lang));
                comment.setInvalid(true);
                return;
              } catch (WorkflowException ex) {
                dialog.close();
                fail(ex);
                return;
              }
              dialog.close();
              done("review.returned");
            });
    confirm.setId("return-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    var cancel = new Button(getTranslation("dialog.cancel"), e -> dialog.close());
    dialog.add(comment);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  private void askApprove(SubmissionView view) {
    var dialog =
        new ConfirmDialog(
            getTranslation("approve.title"),
            getTranslation("approve.text", Texts.form(this, view.form()), view.unitName().in(lang)),
            getTranslation("approve.confirm"),
            e -> act(() -> workflow.approve(actor, view.id()), "review.approved"));
    dialog.setId("approve-dialog");
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("dialog.cancel"));
    dialog.open();
  }

  private void askReopen(SubmissionView view) {
    var dialog = new Dialog();
    dialog.setId("reopen-dialog");
    dialog.setHeaderTitle(getTranslation("reopen.title", describe(view)));
    var reason = new TextArea(getTranslation("reopen.comment"));
    reason.setId("reopen-comment");
    reason.setWidthFull();
    var confirm =
        new Button(
            getTranslation("reopen.confirm"),
            e -> {
              dialog.close();
              String text = reason.getValue().isBlank() ? null : reason.getValue().strip();
              act(() -> workflow.reopen(actor, view.id(), text), "review.reopened");
            });
    confirm.setId("reopen-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button(getTranslation("dialog.cancel"), e -> dialog.close());
    dialog.add(reason);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
    } catch (WorkflowException e) {
      fail(e);
      return;
    }
    done(doneKey);
  }

  private void done(String key) {
    Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    refresh();
  }

  private void fail(WorkflowException e) {
    String text =
        e instanceof WorkflowException.Rejected r ? violations(r.violations(), lang) : e.text(lang);
    Notification.show(getTranslation("error.title") + ": " + text)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
    refresh();
  }

  private String describe(SubmissionView view) {
    return Texts.form(this, view.form()) + " " + view.unitName().in(lang);
  }

  private void open(long id) {
    UI.getCurrent().navigate("submissions/" + id);
  }

  private static Map<String, String> unitNames(Catalog catalog, Lang lang) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    catalog.groups().forEach(g -> names.put(g.code(), g.name().in(lang)));
    catalog.schools().forEach(s -> names.put(s.code(), s.name()));
    return names;
  }

  private static String violations(List<Violation> violations, Lang lang) {
    return violations.stream().map(v -> v.message().in(lang)).collect(Collectors.joining("; "));
  }
}
