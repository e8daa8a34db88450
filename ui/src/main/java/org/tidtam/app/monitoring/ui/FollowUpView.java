package org.tidtam.app.monitoring.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.monitoring.service.FollowUpService;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.Counts;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;

/**
 * The follow-up of a round of the current fiscal year, read only: the window, the figures overall
 * and per form, each expected report per unit, and who has not submitted with whom to call. For
 * policy and planning, executives and administrators (the service checks it again).
 */
@Route("follow-up")
@RolesAllowed({"PLANNER", "EXECUTIVE", "ADMIN"})
@StyleSheet("styles/shell.css")
public class FollowUpView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final FollowUpService followUps;
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

  FollowUpView(
      FollowUpService followUps,
      MonitoringPlans plans,
      CurrentActor actors,
      SubmissionWorkflow workflow) {
    this.followUps = followUps;
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
    add(new H3(getTranslation("followUp.missing.title")), missingGrid());
    add(new H3(getTranslation("followUp.units.title")), unitsGrid());
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
