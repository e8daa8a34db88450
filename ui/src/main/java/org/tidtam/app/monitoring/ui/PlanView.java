package org.tidtam.app.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidtam.app.monitoring.domain.PlanReopening;
import org.tidtam.app.monitoring.service.MonitoringAccess;
import org.tidtam.app.monitoring.service.MonitoringException;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.Reopening;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;

/**
 * The monitoring plan of a fiscal year (แผนกำกับ ติดตาม): each round's reporting window (opens,
 * due, closes) and the form each kind of unit owes, with the reports it expects; rounds added
 * (quarters, 9 months) and removed while they have no report; the reopenings of a closed round for
 * a unit; and the latest changes with who made them and when. Planners and administrators change
 * it, the executive reads it; the service checks both again.
 */
@Route("plan")
@RolesAllowed({"PLANNER", "EXECUTIVE", "ADMIN"})
@StyleSheet("styles/shell.css")
public class PlanView extends Div implements HasDynamicTitle {

  private static final List<Round> EXTRA_ROUNDS =
      List.of(Round.Q1, Round.Q2, Round.Q3, Round.Q4, Round.ROUND_9M);

  private final MonitoringPlans plans;
  private final Catalog catalog;
  private final List<String> formIds;
  private final Actor actor;
  private final Lang lang;
  private final boolean edits;

  private final Select<Integer> year = new Select<>();
  private final Div content = new Div();

  PlanView(
      MonitoringPlans plans,
      CurrentActor actors,
      SubmissionWorkflow workflow,
      SubmissionService service,
      Catalog catalog) {
    this.plans = plans;
    this.catalog = catalog;
    this.formIds = List.copyOf(service.registry().ids());
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    this.edits = MonitoringAccess.editsPlan(actor);
    addClassName("shell-page");
    add(new H2(getTranslation("plan.title")));
    int current = workflow.currentFiscalYear();
    year.setId("plan-year");
    year.setLabel(getTranslation("plan.year"));
    year.setItems(current - 1, current, current + 1);
    year.setValue(current);
    year.addValueChangeListener(e -> refresh());
    content.setId("plan-content");
    add(year, content);
    if (!edits) {
      var readOnly = new Paragraph(getTranslation("plan.readOnly"));
      readOnly.addClassName("shell-muted");
      readOnly.setId("plan-read-only");
      addComponentAtIndex(1, readOnly);
    }
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("plan.title") + " — " + getTranslation("app.name");
  }

  private int fiscalYear() {
    Integer value = year.getValue();
    return value == null ? 0 : value;
  }

  private void refresh() {
    content.removeAll();
    int fy = fiscalYear();
    Optional<MonitoringPlan> plan = plans.plan(actor, fy);
    if (plan.isEmpty()) {
      var none = new Paragraph(getTranslation("plan.none", String.valueOf(fy)));
      none.setId("plan-none");
      content.add(none);
      if (edits) {
        var create =
            new Button(
                getTranslation("plan.create", String.valueOf(fy)),
                e -> run(() -> plans.createPlan(actor, fy), "plan.created"));
        create.setId("plan-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(create);
      }
      return;
    }
    for (RoundPlan round : plan.get().rounds()) {
      content.add(roundEditor(fy, round));
    }
    if (edits) {
      content.add(addRound(plan.get()));
    }
    content.add(reopenings(fy, plan.get()));
    content.add(changes());
  }

  // ---- a round

  private Div roundEditor(int fy, RoundPlan round) {
    String code = RoundCodes.code(round.round());
    var box = new Div();
    box.setId("round-" + code);
    box.addClassName("plan-round");
    box.add(new H3(round.round().label().in(lang)));
    var period = round.round().period(org.tidtam.thai.FiscalYear.ofBe(fy));
    var covers =
        new Paragraph(
            getTranslation(
                "plan.covers",
                ThaiDatePickers.shown(period.start(), lang),
                ThaiDatePickers.shown(period.end(), lang)));
    covers.addClassName("shell-muted");
    box.add(covers);

    DatePicker opens =
        ThaiDatePickers.create(
            "opens-" + code, getTranslation("plan.opens"), round.window().opens(), lang);
    DatePicker due =
        ThaiDatePickers.create(
            "due-" + code, getTranslation("plan.due"), round.window().due(), lang);
    DatePicker closes =
        ThaiDatePickers.create(
            "closes-" + code, getTranslation("plan.closes"), round.window().closes(), lang);
    var dates = new Div(opens, due, closes);
    dates.addClassName("plan-fields");
    box.add(dates);

    Map<UnitKind, Select<String>> forms = new EnumMap<>(UnitKind.class);
    var formFields = new Div();
    formFields.addClassName("plan-fields");
    for (UnitKind kind : UnitKind.values()) {
      Select<String> form = new Select<>();
      form.setId("form-" + code + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
      form.setLabel(getTranslation("plan.formOf", kind.label().in(lang)));
      List<String> items = new ArrayList<>();
      items.add("");
      items.addAll(formIds);
      form.setItems(items);
      form.setItemLabelGenerator(
          f -> f.isEmpty() ? getTranslation("plan.noForm") : getTranslation("followUp.form", f));
      form.setValue(round.formOf(kind).orElse(""));
      form.setReadOnly(!edits);
      forms.put(kind, form);
      formFields.add(form);
    }
    box.add(formFields);

    var expected =
        new Paragraph(
            getTranslation(
                "plan.expected", String.valueOf(plans.expectedCount(fy, round.round()))));
    expected.setId("expected-" + code);
    box.add(expected);

    if (!edits) {
      opens.setReadOnly(true);
      due.setReadOnly(true);
      closes.setReadOnly(true);
      return box;
    }
    Map<String, HasValidation> fields = new HashMap<>();
    fields.put("opens", opens);
    fields.put("due", due);
    fields.put("closes", closes);
    fields.put("forms", forms.get(UnitKind.SCHOOL));
    var save =
        new Button(
            getTranslation("plan.save"),
            e -> {
              Map<UnitKind, String> chosen = new EnumMap<>(UnitKind.class);
              forms.forEach(
                  (kind, select) -> {
                    String value = select.getValue();
                    if (value != null && !value.isEmpty()) {
                      chosen.put(kind, value);
                    }
                  });
              fields.values().forEach(f -> f.setInvalid(false));
              try {
                plans.saveRound(
                    actor,
                    fy,
                    round.round(),
                    opens.getValue(),
                    due.getValue(),
                    closes.getValue(),
                    chosen);
                notify(getTranslation("plan.saved", round.round().label().in(lang)), false);
                refresh();
              } catch (MonitoringException.Invalid invalid) {
                for (MonitoringException.Problem problem : invalid.problems()) {
                  HasValidation field = fields.get(problem.field());
                  if (field != null) {
                    field.setErrorMessage(text(problem));
                    field.setInvalid(true);
                  }
                }
                notify(getTranslation("plan.notSaved"), true);
              } catch (LocalizedException refused) {
                notify(refused.text(lang), true);
              }
            });
    save.setId("save-" + code);
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var remove =
        new Button(
            getTranslation("plan.remove"),
            e ->
                run(
                    () -> plans.removeRound(actor, fy, round.round()),
                    "plan.removed",
                    round.round().label().in(lang)));
    remove.setId("remove-" + code);
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    if (plans.hasReports(fy, round.round())) {
      remove.setEnabled(false);
      remove.setTooltipText(getTranslation("plan.removeHasReports"));
    }
    var actions = new Div(save, remove);
    actions.addClassName("card-actions");
    box.add(actions);
    return box;
  }

  private String text(MonitoringException.Problem problem) {
    return org.tidtam.i18n.Messages.render(problem.message(), lang);
  }

  private Div addRound(MonitoringPlan plan) {
    Select<Round> round = new Select<>();
    round.setId("plan-add-round");
    round.setLabel(getTranslation("plan.addRound"));
    List<Round> missing = EXTRA_ROUNDS.stream().filter(r -> plan.round(r).isEmpty()).toList();
    round.setItems(missing);
    round.setItemLabelGenerator(r -> r.label().in(lang));
    var add =
        new Button(
            getTranslation("plan.add"),
            e -> {
              Round chosen = round.getValue();
              if (chosen == null) {
                round.setErrorMessage(getTranslation("plan.chooseRound"));
                round.setInvalid(true);
                return;
              }
              run(
                  () -> plans.addRound(actor, fiscalYear(), chosen),
                  "plan.added",
                  chosen.label().in(lang));
            });
    add.setId("plan-add");
    var box = new Div(round, add);
    box.addClassName("plan-fields");
    return box;
  }

  // ---- reopenings

  private Div reopenings(int fy, MonitoringPlan plan) {
    var box = new Div();
    box.add(new H3(getTranslation("plan.reopenings")));
    if (edits) {
      ComboBox<String> unit = new ComboBox<>(getTranslation("plan.reopen.unit"));
      unit.setId("reopen-unit");
      List<String> units = new ArrayList<>();
      catalog.schools().forEach(s -> units.add(s.code()));
      catalog.groups().forEach(g -> units.add(g.code()));
      unit.setItems(units);
      unit.setItemLabelGenerator(this::unitName);
      Select<String> form = new Select<>();
      form.setId("reopen-form");
      form.setLabel(getTranslation("plan.reopen.form"));
      form.setItems(formIds);
      form.setItemLabelGenerator(f -> getTranslation("followUp.form", f));
      Select<Round> round = new Select<>();
      round.setId("reopen-round");
      round.setLabel(getTranslation("plan.reopen.round"));
      round.setItems(plan.rounds().stream().map(RoundPlan::round).toList());
      round.setItemLabelGenerator(r -> r.label().in(lang));
      DatePicker until =
          ThaiDatePickers.create("reopen-until", getTranslation("plan.reopen.until"), null, lang);
      TextField reason = new TextField(getTranslation("plan.reopen.reason"));
      reason.setId("reopen-reason");
      reason.setMaxLength(500);
      var reopen =
          new Button(
              getTranslation("plan.reopen"),
              e -> {
                Map<String, HasValidation> fields =
                    Map.of("unit", unit, "form", form, "round", round, "until", until);
                fields.values().forEach(f -> f.setInvalid(false));
                boolean missing = false;
                for (var entry : fields.entrySet()) {
                  if (((com.vaadin.flow.component.HasValue<?, ?>) entry.getValue()).isEmpty()) {
                    entry.getValue().setErrorMessage(getTranslation("plan.required"));
                    entry.getValue().setInvalid(true);
                    missing = true;
                  }
                }
                if (missing) {
                  return;
                }
                try {
                  plans.reopen(
                      actor,
                      fy,
                      new Reopening(
                          round.getValue(), form.getValue(), unit.getValue(), until.getValue()),
                      reason.getValue().isBlank() ? null : reason.getValue().strip());
                  notify(getTranslation("plan.reopened", unitName(unit.getValue())), false);
                  refresh();
                } catch (MonitoringException.Invalid invalid) {
                  for (MonitoringException.Problem problem : invalid.problems()) {
                    HasValidation field = fields.get(problem.field());
                    if (field != null) {
                      field.setErrorMessage(text(problem));
                      field.setInvalid(true);
                    }
                  }
                } catch (LocalizedException refused) {
                  notify(refused.text(lang), true);
                }
              });
      reopen.setId("reopen-save");
      var fields = new Div(unit, form, round, until, reason, reopen);
      fields.addClassName("plan-fields");
      box.add(fields);
    }
    Grid<PlanReopening> grid = new Grid<>();
    grid.setId("plan-reopenings");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(r -> unitName(r.reopening().unitCode()))
        .setHeader(getTranslation("followUp.col.unit"))
        .setFlexGrow(3);
    grid.addColumn(r -> getTranslation("followUp.form", r.reopening().formId()))
        .setHeader(getTranslation("followUp.col.form"));
    grid.addColumn(r -> r.reopening().round().label().in(lang))
        .setHeader(getTranslation("followUp.round"));
    grid.addColumn(r -> ThaiDatePickers.shown(r.reopening().until(), lang))
        .setHeader(getTranslation("plan.reopen.until"));
    grid.addColumn(PlanReopening::getReopenedBy).setHeader(getTranslation("plan.by"));
    grid.addColumn(r -> when(r.getReopenedAt())).setHeader(getTranslation("plan.when"));
    grid.addColumn(r -> r.getReason() == null ? "" : r.getReason())
        .setHeader(getTranslation("plan.reopen.reason"))
        .setFlexGrow(2);
    grid.setItems(plans.reopenings(actor, fy));
    box.add(grid);
    return box;
  }

  // ---- changes

  private Component changes() {
    var box = new Div(new H3(getTranslation("plan.changes")));
    Grid<AuditEntry> grid = new Grid<>();
    grid.setId("plan-changes");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(a -> when(a.getOccurredAt())).setHeader(getTranslation("plan.when"));
    grid.addColumn(AuditEntry::getUsername).setHeader(getTranslation("plan.by"));
    grid.addColumn(a -> a.getComment() == null ? "" : a.getComment())
        .setHeader(getTranslation("plan.what"))
        .setFlexGrow(4);
    grid.setItems(plans.changes(actor));
    box.add(grid);
    return box;
  }

  // ---- inside

  private void run(Runnable change, String doneKey, Object... params) {
    try {
      change.run();
      Object[] shown = params.length == 0 ? new Object[] {String.valueOf(fiscalYear())} : params;
      notify(getTranslation(doneKey, shown), false);
      refresh();
    } catch (LocalizedException refused) {
      notify(refused.text(lang), true);
    }
  }

  private void notify(String text, boolean error) {
    var shown = Notification.show(text);
    if (error) {
      shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
    } else {
      shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
  }

  private String unitName(String code) {
    return catalog
        .school(code)
        .map(s -> s.name())
        .or(() -> catalog.group(code).map(g -> g.name().in(lang)))
        .orElse(code);
  }

  private String when(Instant instant) {
    var at = instant.atZone(ZoneId.of("Asia/Bangkok"));
    String time = String.format(java.util.Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute());
    return (lang == Lang.EN ? at.toLocalDate().toString() : ThaiDates.shortDate(at.toLocalDate()))
        + " "
        + time;
  }
}
