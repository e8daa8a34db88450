package org.tidtam.app.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.monitoring.service.FollowUpService;
import org.tidtam.app.monitoring.service.MonitoringAccess;
import org.tidtam.app.monitoring.service.MonitoringException;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.monitoring.service.Reminders;
import org.tidtam.app.notice.domain.Notice;
import org.tidtam.app.notice.service.NoticeException;
import org.tidtam.app.notice.service.Notices;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.sheets.SheetDownloads;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.Counts;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.Reopening;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;

/**
 * The follow-up of a round of the current fiscal year: the window, the figures overall and per
 * form, each expected report per unit, and who has not submitted with whom to call; the reminder
 * list as Excel and as a page to print; a notice to the units that are late, have not submitted or
 * had a report returned (planners and administrators), and the notices sent. For policy and
 * planning, executives and administrators (the services check it again).
 */
@Route("follow-up")
@RolesAllowed({"PLANNER", "EXECUTIVE", "ADMIN"})
@StyleSheet("styles/shell.css")
public class FollowUpView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final FollowUpService followUps;
  private final MonitoringPlans plans;
  private final Notices notices;
  private final Clock clock;
  private final Actor actor;
  private final Lang lang;
  private final int fiscalYear;
  private final @Nullable MonitoringPlan plan;

  private final Select<Round> round = new Select<>();
  private final Paragraph window = new Paragraph();
  private final Paragraph totals = new Paragraph();
  private final Grid<FollowUpReport.FormFigures> forms = new Grid<>();
  private final Grid<FollowUpReport.UnitFigures> units = new Grid<>();
  private final Grid<FollowUpReport.MissingReport> missing = new Grid<>();
  private final Grid<Notice> sent = new Grid<>();

  FollowUpView(
      FollowUpService followUps,
      MonitoringPlans plans,
      CurrentActor actors,
      SubmissionWorkflow workflow,
      Notices notices,
      Clock clock) {
    this.followUps = followUps;
    this.plans = plans;
    this.notices = notices;
    this.clock = clock;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    this.fiscalYear = workflow.currentFiscalYear();
    Round currentRound = workflow.currentRound();
    this.plan = plans.plan(fiscalYear).orElse(null);
    addClassName("shell-page");
    add(new H2(getTranslation("followUp.title")));
    if (plan == null) {
      var none = new Paragraph(getTranslation("followUp.noPlan", String.valueOf(fiscalYear)));
      none.setId("follow-up-no-plan");
      none.addClassName("shell-muted");
      add(none);
      return;
    }
    List<Round> rounds = plan.rounds().stream().map(RoundPlan::round).toList();
    round.setLabel(getTranslation("followUp.round"));
    round.setItems(rounds);
    round.setItemLabelGenerator(r -> r.label().in(lang));
    round.setValue(rounds.contains(currentRound) ? currentRound : rounds.getFirst());
    round.setId("follow-up-round");
    round.addValueChangeListener(e -> refresh());
    window.setId("follow-up-window");
    window.addClassName("shell-muted");
    totals.setId("follow-up-totals");
    add(round, window, totals);
    add(new H3(getTranslation("followUp.forms.title")), formsGrid());
    add(new H3(getTranslation("followUp.missing.title")), reminderActions(), missingGrid());
    add(new H3(getTranslation("followUp.units.title")), unitsGrid());
    add(new H3(getTranslation("followUp.sent.title")), sentGrid());
  }

  /**
   * Above the missing reports: send a notice to them (planners and administrators), the reminder
   * list as Excel, and its page to print.
   */
  private Div reminderActions() {
    var actions = new Div();
    actions.addClassName("card-actions");
    if (Notices.sends(actor)) {
      var notify = new Button(getTranslation("followUp.notify"), VaadinIcon.BELL.create());
      notify.setId("follow-up-notify");
      notify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      notify.addClickListener(e -> openNotify());
      actions.add(notify);
    }
    if (MonitoringAccess.reopens(actor)) {
      var reopen = new Button(getTranslation("plan.reopen"), VaadinIcon.UNLOCK.create());
      reopen.setId("follow-up-reopen");
      reopen.addClickListener(e -> openReopen());
      actions.add(reopen);
    }
    actions.add(
        SheetDownloads.link(
            "follow-up-excel",
            getTranslation("followUp.excel"),
            () -> getTranslation("followUp.fileName", roundLabel(), String.valueOf(fiscalYear)),
            "reminders-" + fiscalYear + "-" + roundCode(),
            () -> List.of(Reminders.sheet(report(), lang))));
    var print = new Anchor("", getTranslation("followUp.print"));
    print.setId("follow-up-print");
    print.setTarget("_blank");
    print.addClassName("download-link");
    printLink = print;
    actions.add(print);
    return actions;
  }

  private @Nullable Anchor printLink;

  private FollowUpReport report() {
    return followUps.followUp(
        actor, fiscalYear, java.util.Objects.requireNonNull(round.getValue()));
  }

  private String roundCode() {
    Round r = round.getValue();
    return r == null ? "" : RoundCodes.code(r);
  }

  private String roundLabel() {
    Round r = round.getValue();
    return r == null ? "" : r.label().in(lang);
  }

  /**
   * The dialog that sends a notice: every late, missing or returned report of the round chosen (the
   * planner may leave some out), and a Thai text prefilled with the round and its days that the
   * planner may change.
   */
  private void openNotify() {
    FollowUpReport report = report();
    var dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("followUp.notify.title", roundLabel()));
    CheckboxGroup<FollowUpReport.MissingReport> units = new CheckboxGroup<>();
    units.setId("notify-units");
    units.setLabel(getTranslation("followUp.notify.units"));
    units.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    units.setItems(report.missing());
    units.setItemLabelGenerator(
        m ->
            m.unit().name().in(lang)
                + " · "
                + getTranslation("followUp.form", m.formId())
                + " · "
                + status(m.status())
                + (m.late() ? " · " + getTranslation("followUp.late") : ""));
    units.setValue(new java.util.LinkedHashSet<>(report.missing()));
    TextArea text = new TextArea(getTranslation("followUp.notify.text"));
    text.setId("notify-text");
    text.setWidthFull();
    text.setMaxLength(Notices.MAX_TEXT);
    boolean closed = report.asOf().isAfter(report.window().closes());
    text.setValue(
        getTranslation(
            closed ? "followUp.notify.prefillClosed" : "followUp.notify.prefill",
            roundLabel(),
            String.valueOf(fiscalYear),
            date(report.window().due()),
            date(report.window().closes())));
    var send =
        new Button(
            getTranslation("followUp.notify.send"),
            e -> {
              units.setInvalid(false);
              text.setInvalid(false);
              List<Notices.Addressee> to = new ArrayList<>();
              for (FollowUpReport.MissingReport m : report.missing()) {
                if (units.getValue().contains(m)) {
                  to.add(new Notices.Addressee(m.unit().filingUnit(), topic(m)));
                }
              }
              try {
                notices.send(actor, to, text.getValue());
                dialog.close();
                Notification.show(getTranslation("followUp.notify.sent", String.valueOf(to.size())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
              } catch (NoticeException.Invalid invalid) {
                HasValidation field = invalid.field().equals("text") ? text : units;
                field.setErrorMessage(invalid.text(lang));
                field.setInvalid(true);
              } catch (NoticeException refused) {
                Notification.show(refused.text(lang))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
              }
            });
    send.setId("notify-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var cancel = new Button(getTranslation("followUp.notify.cancel"), e -> dialog.close());
    dialog.add(units, text);
    dialog.getFooter().add(cancel, send);
    dialog.setWidth("min(40rem, 95vw)");
    dialog.open();
  }

  /**
   * The dialog that reopens the round's form for one unit that has not submitted, until a day and
   * with a reason (recorded with who and when; listed on the plan screen).
   */
  private void openReopen() {
    FollowUpReport report = report();
    var dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("followUp.reopen.title", roundLabel()));
    Select<FollowUpReport.MissingReport> which = new Select<>();
    which.setId("reopen-which");
    which.setLabel(getTranslation("plan.reopen.unit"));
    which.setItems(report.missing());
    which.setItemLabelGenerator(
        m -> m.unit().name().in(lang) + " · " + getTranslation("followUp.form", m.formId()));
    DatePicker until =
        ThaiDatePickers.create(
            "reopen-until",
            getTranslation("plan.reopen.until"),
            LocalDate.now(clock).plusDays(7),
            lang);
    TextField reason = new TextField(getTranslation("plan.reopen.reason"));
    reason.setId("reopen-reason");
    reason.setMaxLength(500);
    reason.setWidthFull();
    var save =
        new Button(
            getTranslation("plan.reopen"),
            e -> {
              FollowUpReport.MissingReport m = which.getValue();
              if (m == null || until.getValue() == null) {
                HasValidation field = m == null ? which : until;
                field.setErrorMessage(getTranslation("plan.required"));
                field.setInvalid(true);
                return;
              }
              try {
                plans.reopen(
                    actor,
                    fiscalYear,
                    new Reopening(
                        report.round(), m.formId(), m.unit().filingUnit(), until.getValue()),
                    reason.getValue().isBlank() ? null : reason.getValue().strip());
                dialog.close();
                Notification.show(getTranslation("plan.reopened", m.unit().name().in(lang)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              } catch (MonitoringException.Invalid invalid) {
                until.setErrorMessage(invalid.text(lang));
                until.setInvalid(true);
              } catch (MonitoringException refused) {
                Notification.show(refused.text(lang))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
              }
            });
    save.setId("reopen-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new Div(which, until, reason));
    dialog
        .getFooter()
        .add(new Button(getTranslation("followUp.notify.cancel"), e -> dialog.close()), save);
    dialog.setWidth("min(36rem, 95vw)");
    dialog.open();
  }

  /** What a notice is about: the form and round, and the project of a project report. */
  private String topic(FollowUpReport.MissingReport m) {
    String about =
        getTranslation("followUp.form", m.formId())
            + " "
            + roundLabel()
            + " "
            + getTranslation("followUp.notify.year", String.valueOf(fiscalYear));
    return m.unit().kind() == UnitKind.PROJECT ? about + " · " + m.unit().name().in(lang) : about;
  }

  private Grid<Notice> sentGrid() {
    sent.setId("follow-up-sent");
    sent.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    sent.setAllRowsVisible(true);
    sent.addColumn(n -> unitName(n.getUnitCode()))
        .setHeader(getTranslation("followUp.col.unit"))
        .setFlexGrow(2);
    sent.addColumn(Notice::getTopic).setHeader(getTranslation("followUp.col.topic")).setFlexGrow(3);
    sent.addColumn(Notice::getSentBy).setHeader(getTranslation("followUp.col.sentBy"));
    sent.addColumn(n -> date(LocalDate.ofInstant(n.getSentAt(), clock.getZone())))
        .setHeader(getTranslation("followUp.col.sentAt"));
    return sent;
  }

  private String unitName(String code) {
    return units
        .getListDataView()
        .getItems()
        .map(FollowUpReport.UnitFigures::unit)
        .filter(u -> u.code().equals(code))
        .map(u -> u.name().in(lang))
        .findFirst()
        .orElse(code);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      refresh();
    } catch (RuntimeException e) {
      e.printStackTrace(System.out);
      throw e;
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("followUp.title") + " — " + getTranslation("app.name");
  }

  private void refresh() {
    if (plan == null || round.getValue() == null) {
      return;
    }
    FollowUpReport report = followUps.followUp(actor, fiscalYear, round.getValue());
    ReportingWindow w = report.window();
    window.setText(
        getTranslation(
            "followUp.window",
            String.valueOf(fiscalYear),
            date(w.opens()),
            date(w.due()),
            date(w.closes()),
            date(report.asOf())));
    Counts t = report.totals();
    totals.setText(
        getTranslation(
            "followUp.totals",
            String.valueOf(t.expected()),
            String.valueOf(t.submitted()),
            String.valueOf(t.approved()),
            String.valueOf(t.returned()),
            String.valueOf(t.late()),
            String.valueOf(t.missing())));
    forms.setItems(report.forms());
    units.setItems(report.units());
    missing.setItems(report.missing());
    if (printLink != null) {
      printLink.setHref(
          "follow-up/print?year=" + fiscalYear + "&round=" + RoundCodes.code(report.round()));
    }
    sent.setItems(notices.sent(actor).stream().limit(50).toList());
  }

  private Grid<FollowUpReport.FormFigures> formsGrid() {
    forms.setId("follow-up-forms");
    forms.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    forms.setAllRowsVisible(true);
    forms
        .addColumn(f -> getTranslation("followUp.form", f.formId()))
        .setHeader(getTranslation("followUp.col.form"));
    count(forms, "expected", f -> f.counts().expected());
    count(forms, "submitted", f -> f.counts().submitted());
    count(forms, "approved", f -> f.counts().approved());
    count(forms, "returned", f -> f.counts().returned());
    count(forms, "late", f -> f.counts().late());
    count(forms, "missing", f -> f.counts().missing());
    return forms;
  }

  private Grid<FollowUpReport.MissingReport> missingGrid() {
    missing.setId("follow-up-missing");
    missing.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    missing.setAllRowsVisible(true);
    missing
        .addColumn(m -> m.unit().name().in(lang))
        .setHeader(getTranslation("followUp.col.unit"))
        .setFlexGrow(3);
    missing
        .addColumn(m -> getTranslation("followUp.form", m.formId()))
        .setHeader(getTranslation("followUp.col.form"));
    missing.addColumn(m -> status(m.status())).setHeader(getTranslation("followUp.col.status"));
    missing
        .addColumn(m -> m.late() ? getTranslation("followUp.late") : "")
        .setHeader(getTranslation("followUp.col.late"));
    missing
        .addColumn(m -> contact(m).map(Contact::person).orElse(""))
        .setHeader(getTranslation("followUp.col.contact"))
        .setFlexGrow(2);
    missing
        .addColumn(m -> contact(m).map(Contact::phone).orElse(""))
        .setHeader(getTranslation("followUp.col.phone"));
    missing
        .addColumn(m -> contact(m).map(Contact::email).orElse(""))
        .setHeader(getTranslation("followUp.col.email"));
    return missing;
  }

  private Grid<FollowUpReport.UnitFigures> unitsGrid() {
    units.setId("follow-up-units");
    units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    units.setAllRowsVisible(true);
    units
        .addColumn(u -> u.unit().name().in(lang))
        .setHeader(getTranslation("followUp.col.unit"))
        .setFlexGrow(3);
    units
        .addColumn(u -> u.unit().kind().label().in(lang))
        .setHeader(getTranslation("followUp.col.kind"));
    units
        .addColumn(u -> getTranslation("followUp.form", u.formId()))
        .setHeader(getTranslation("followUp.col.form"));
    units.addColumn(u -> status(u.status())).setHeader(getTranslation("followUp.col.status"));
    units
        .addColumn(u -> u.submittedOn() == null ? "" : date(u.submittedOn()))
        .setHeader(getTranslation("followUp.col.submittedOn"));
    units
        .addColumn(u -> u.counts().late() > 0 ? getTranslation("followUp.late") : "")
        .setHeader(getTranslation("followUp.col.late"));
    return units;
  }

  private <T> void count(Grid<T> grid, String name, java.util.function.ToIntFunction<T> value) {
    grid.addColumn(row -> value.applyAsInt(row))
        .setHeader(getTranslation("followUp.col." + name))
        .setKey(name);
  }

  private static Optional<Contact> contact(FollowUpReport.MissingReport report) {
    return Optional.ofNullable(report.contact());
  }

  private String status(@Nullable ReportStatus status) {
    return getTranslation("followUp.status." + (status == null ? "NONE" : status.name()));
  }

  private String date(LocalDate day) {
    return lang == Lang.EN ? day.toString() : ThaiDates.shortDate(day);
  }
}
