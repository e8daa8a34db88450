package org.tidtam.app.monitoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.tidtam.app.monitoring.service.FollowUpService;
import org.tidtam.app.monitoring.service.Reminders;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.catalog.Catalog;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiDates;

/**
 * The reminder list of a round as a page to print from the browser ({@code
 * /follow-up/print?year=2569&round=6m}): the office, the title, the window, and each report not
 * submitted with whom to call, on A4 in TH Sarabun (print.css). Without the application's frame.
 */
@Route(value = "follow-up/print", autoLayout = false)
@RolesAllowed({"PLANNER", "EXECUTIVE", "ADMIN"})
@StyleSheet("styles/print.css")
public class FollowUpPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final FollowUpService followUps;
  private final Catalog catalog;
  private final Actor actor;
  private final Lang lang;
  private final int currentYear;
  private final Round currentRound;
  private String title = "";

  FollowUpPrintView(
      FollowUpService followUps,
      CurrentActor actors,
      SubmissionWorkflow workflow,
      Catalog catalog) {
    this.followUps = followUps;
    this.catalog = catalog;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    this.currentYear = workflow.currentFiscalYear();
    this.currentRound = workflow.currentRound();
    addClassName("print-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    QueryParameters query = event.getLocation().getQueryParameters();
    int year =
        query.getSingleParameter("year").flatMap(FollowUpPrintView::number).orElse(currentYear);
    Round round = query.getSingleParameter("round").flatMap(RoundCodes::parse).orElse(currentRound);
    show(followUps.followUp(actor, year, round));
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void show(FollowUpReport report) {
    removeAll();
    var print = new Button(getTranslation("print.print"));
    print.setId("print-button");
    print.addClassName("print-hidden");
    print.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.print()"));
    var office = new Paragraph(catalog.office().name().in(lang));
    office.addClassName("print-office");
    String roundLabel = report.round().label().in(lang);
    title = getTranslation("print.title", roundLabel, String.valueOf(report.fiscalYear()));
    var heading = new H1(title);
    heading.setId("print-title");
    List<Reminders.Reminder> reminders = Reminders.of(report);
    var asOf =
        new Paragraph(
            getTranslation(
                "print.asOf",
                date(report.window().due()),
                date(report.window().closes()),
                date(report.asOf()),
                String.valueOf(reminders.size())));
    asOf.setId("print-as-of");

    var table = new NativeTable();
    table.setId("print-table");
    NativeTableRow head = table.getHead().addRow();
    for (String key :
        List.of(
            "print.col.no",
            "followUp.col.unit",
            "followUp.col.kind",
            "followUp.col.form",
            "followUp.col.status",
            "followUp.col.contact",
            "followUp.col.phone",
            "followUp.col.email",
            "print.col.due",
            "print.col.daysLate")) {
      head.addHeaderCell().setText(getTranslation(key));
    }
    int no = 0;
    for (Reminders.Reminder r : reminders) {
      NativeTableRow row = table.getBody().addRow();
      Contact c = r.contact();
      for (String cell :
          List.of(
              String.valueOf(++no),
              r.unit().name().in(lang),
              r.unit().kind().label().in(lang),
              getTranslation("followUp.form", r.formId()),
              Reminders.status(r.status(), lang),
              c == null ? "" : c.person(),
              c == null || c.phone() == null ? "" : c.phone(),
              c == null || c.email() == null ? "" : c.email(),
              date(r.due()),
              r.daysLate() == 0 ? "" : String.valueOf(r.daysLate()))) {
        row.addDataCell().setText(cell);
      }
    }
    add(print, office, heading, asOf, table);
  }

  private String date(LocalDate day) {
    return lang == Lang.EN ? day.toString() : ThaiDates.shortDate(day);
  }

  private static java.util.Optional<Integer> number(String text) {
    try {
      return java.util.Optional.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
