package org.tidtam.app.submission.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.notice.service.Notices;
import org.tidtam.app.notice.ui.NoticesChanged;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.Outcome;
import org.tidtam.app.submission.service.SubmissionView;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.thai.FiscalYear;

/**
 * What the signed-in staff member's unit owes in the current fiscal year and round: one card per
 * form with its status, the reviewer's comment when it came back, the due date, and a button to
 * open it, or to start it from what the office already knows.
 */
@Route("my-forms")
@RolesAllowed("STAFF")
@StyleSheet("styles/shell.css")
public class MyFormsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private final SubmissionWorkflow workflow;
  private final Catalog catalog;
  private final Clock clock;
  private final Actor actor;
  private final Lang lang;
  private final Notices notices;
  private final Div list = new Div();
  private final Div noticeList = new Div();

  MyFormsView(
      SubmissionWorkflow workflow,
      CurrentActor actors,
      Catalog catalog,
      Clock clock,
      Notices notices) {
    this.workflow = workflow;
    this.notices = notices;
    this.catalog = catalog;
    this.clock = clock;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    addClassName("shell-page");
    String unit = unitCode();
    Filing period = workflow.currentPeriod(unit);
    var heading = new H2(getTranslation("myForms.title"));
    var periodText =
        new Paragraph(
            getTranslation(
                "period", String.valueOf(period.fiscalYear()), period.round().label().in(lang)));
    var unitText = new Paragraph(getTranslation("myForms.unit", unitName(unit)));
    periodText.addClassName("shell-muted");
    unitText.addClassName("shell-muted");
    list.setId("my-forms");
    list.addClassName("card-list");
    noticeList.setId("notices");
    add(heading, periodText, unitText, noticeList, list);
  }

  /** Lists afresh on every visit, also when the view is shown again. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("myForms.title") + " — " + getTranslation("app.name");
  }

  private String unitCode() {
    String unit = actor.unitCode();
    if (unit == null) {
      throw new IllegalStateException(actor.username() + " reports for no unit");
    }
    return unit;
  }

  private void show() {
    showNotices();
    list.removeAll();
    Map<String, @Nullable SubmissionView> byForm = new LinkedHashMap<>();
    for (FormPlugin<?> plugin : workflow.formsFiledBy(unitCode())) {
      byForm.put(plugin.id().value(), null);
    }
    List<SubmissionView> started = new ArrayList<>(workflow.myForms(actor));
    started.sort(Comparator.comparing(SubmissionView::form).thenComparing(SubmissionView::id));
    List<SubmissionView> extra = new ArrayList<>();
    for (SubmissionView view : started) {
      if (byForm.containsKey(view.form()) && byForm.get(view.form()) == null) {
        byForm.put(view.form(), view);
      } else {
        extra.add(view);
      }
    }
    byForm.forEach((form, view) -> list.add(view == null ? notStarted(form) : card(view)));
    extra.forEach(view -> list.add(card(view)));
    if (byForm.isEmpty() && extra.isEmpty()) {
      list.add(new Paragraph(getTranslation("myForms.empty")));
    }
  }

  /** The unit's notices from policy and planning, unread first marked, each with "read". */
  private void showNotices() {
    noticeList.removeAll();
    List<Notices.Shown> mine = notices.mine(actor);
    if (mine.isEmpty()) {
      return;
    }
    long unread = mine.stream().filter(n -> !n.read()).count();
    var title = new H3(getTranslation("notices.title", String.valueOf(unread)));
    title.setId("notices-title");
    noticeList.add(title);
    for (Notices.Shown notice : mine) {
      var item = new Div();
      item.setId("notice-" + notice.id());
      item.addClassName("notice-item");
      if (!notice.read()) {
        item.addClassName("notice-unread");
      }
      var topic = new Paragraph(notice.topic());
      topic.addClassName("notice-topic");
      var body = new Paragraph(notice.body());
      body.addClassName("notice-body");
      body.getStyle().set("white-space", "pre-line");
      var from =
          new Paragraph(
              getTranslation(
                  "notices.from",
                  notice.sentBy(),
                  Texts.dateTime(notice.sentAt(), clock.getZone(), lang)));
      from.addClassName("shell-muted");
      item.add(topic, body, from);
      if (!notice.read()) {
        var read =
            new Button(
                getTranslation("notices.markRead"),
                e -> {
                  notices.markRead(actor, notice.id());
                  showNotices();
                  NoticesChanged.fire(UI.getCurrent());
                });
        read.setId("read-" + notice.id());
        read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.add(read);
      }
      noticeList.add(item);
    }
  }

  private Card card(SubmissionView view) {
    var card = base(view.form(), view.formTitle(), view.status());
    card.setId("submission-" + view.id());
    if (view.status() == SubmissionStatus.RETURNED && view.returnComment() != null) {
      var comment = new Paragraph(getTranslation("myForms.returnComment", view.returnComment()));
      comment.addClassName("return-comment");
      card.add(comment);
    }
    if (view.status().editable()) {
      card.add(due());
    }
    var open = new Button(getTranslation("myForms.open"), e -> open(view.id()));
    open.setId("open-" + view.id());
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    card.add(
        actions(
            open,
            WordDownloads.link(
                "download-" + view.id(),
                getTranslation("download.word"),
                () -> workflow.document(actor, view.id(), lang))));
    return card;
  }

  private Card notStarted(String form) {
    LocalizedText title =
        workflow.formsFiledBy(unitCode()).stream()
            .filter(p -> p.id().value().equals(form))
            .map(FormPlugin::title)
            .findFirst()
            .orElse(LocalizedText.of(form, form));
    var card = base(form, title, null);
    card.setId("form-" + form);
    card.add(due());
    var start = new Button(getTranslation("myForms.start"), e -> start(form));
    start.setId("start-" + form);
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    card.add(actions(start));
    return card;
  }

  private Card base(String form, LocalizedText title, @Nullable SubmissionStatus status) {
    var card = new Card();
    card.addClassName("submission-card");
    card.setTitle(Texts.form(this, form));
    card.setSubtitle(title.in(lang));
    card.add(Badges.status(this, status));
    return card;
  }

  /** The card's buttons, in its content (a card's footer slot is not part of its children). */
  private static Div actions(com.vaadin.flow.component.Component... buttons) {
    var actions = new Div(buttons);
    actions.addClassName("card-actions");
    return actions;
  }

  /**
   * When the form is due, from the round's reporting window in the monitoring plan: before it
   * opens, the opening day; then the due day and the closing day, with a "เลยกำหนด" badge once the
   * due day has passed; after the closing day, that it closed. Without a window in the plan, the
   * last day of the round.
   */
  private Div due() {
    Filing period = workflow.currentPeriod(unitCode());
    LocalDate today = LocalDate.now(clock);
    var box = new Div();
    box.addClassName("due");
    Optional<ReportingWindow> window = workflow.window(period.fiscalYear(), period.round());
    if (window.isEmpty()) {
      LocalDate end = period.round().period(FiscalYear.ofBe(period.fiscalYear())).end();
      boolean overdue = today.isAfter(end);
      var due =
          new Paragraph(getTranslation(overdue ? "due.overdue" : "due.by", Texts.date(end, lang)));
      due.addClassName(overdue ? "due-overdue" : "due-by");
      box.add(due);
      return box;
    }
    ReportingWindow w = window.get();
    String dueDay = Texts.date(w.due(), lang);
    String closes = Texts.date(w.closes(), lang);
    Paragraph text;
    if (today.isBefore(w.opens())) {
      text = new Paragraph(getTranslation("due.opens", Texts.date(w.opens(), lang), dueDay));
      text.addClassName("due-by");
    } else if (today.isAfter(w.closes())) {
      text = new Paragraph(getTranslation("due.closed", closes));
      text.addClassName("due-overdue");
    } else if (w.isLateOn(today)) {
      text = new Paragraph(getTranslation("due.overdueCloses", dueDay, closes));
      text.addClassName("due-overdue");
    } else {
      text = new Paragraph(getTranslation("due.byCloses", dueDay, closes));
      text.addClassName("due-by");
    }
    box.add(text);
    if (w.isLateOn(today)) {
      var late = new Span(getTranslation("due.lateBadge"));
      late.addClassName("due-late-badge");
      late.getElement().getThemeList().add("badge error");
      box.addComponentAsFirst(late);
    }
    return box;
  }

  private void start(String form) {
    try {
      Outcome outcome =
          workflow.create(actor, NewSubmission.prefilled(form, workflow.currentPeriod(unitCode())));
      open(outcome.view().id());
    } catch (WorkflowException e) {
      Notification.show(e.text(lang)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private void open(long id) {
    UI.getCurrent().navigate("submissions/" + id);
  }

  private String unitName(String unit) {
    return catalog
        .school(unit)
        .map(s -> s.name())
        .or(() -> catalog.group(unit).map(g -> g.name().in(lang)))
        .orElse(unit);
  }
}
