package org.tidtam.app.report.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.report.service.AnnualReports;
import org.tidtam.app.report.service.PublishedYear;
import org.tidtam.app.report.service.ReportException;
import org.tidtam.app.report.service.ReportFile;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.figures.PublicSummary;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.ThaiDates;
import org.tidtam.thai.ThaiNumbers;

/**
 * The public summary of the annual report (for the public, as the manual asks), open to everyone
 * without signing in: for the latest published year, or the year in the address ({@code
 * /public/report/2569}), the key figures, the charts and the highlights, and the summary as a Word
 * file. It shows only what a published edition froze and only aggregates: no person's name, phone
 * or e-mail, nothing of a draft.
 */
@Route("public/report")
@AnonymousAllowed
@StyleSheet("styles/shell.css")
@StyleSheet("styles/report.css")
public class PublicReportView extends Div
    implements HasUrlParameter<Integer>, HasDynamicTitle, BeforeEnterObserver {

  private final AnnualReports reports;
  private final Lang lang;
  private @Nullable PublishedYear shown;

  PublicReportView(AnnualReports reports) {
    this.reports = reports;
    this.lang = Lang.of(getLocale());
    addClassName("shell-page");
    setId("public-report");
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Integer year) {
    removeAll();
    shown = null;
    List<Integer> years = reports.publishedYears();
    Integer chosen = year != null ? year : (years.isEmpty() ? null : years.getFirst());
    if (chosen == null || !years.contains(chosen)) {
      add(new H2(getTranslation("public.title")));
      Paragraph none =
          new Paragraph(
              chosen == null
                  ? getTranslation("public.none")
                  : getTranslation("public.notPublished", String.valueOf(chosen)));
      none.setId("public-none");
      add(none);
      addYears(years);
      return;
    }
    try {
      show(reports.published(chosen));
    } catch (ReportException.NotFound e) {
      add(new Paragraph(e.text(lang)));
    }
    addYears(years);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    // open to everyone; nothing to check
  }

  private void show(PublishedYear year) {
    shown = year;
    PublicSummary s = year.summary();
    add(
        new H2(
            getTranslation("public.heading", s.office().in(lang), String.valueOf(s.fiscalYear()))));
    Paragraph published =
        new Paragraph(
            getTranslation(
                "public.published",
                ThaiDates.shortDate(
                    year.publishedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())));
    published.addClassName("shell-muted");
    add(published);
    Div figures = new Div();
    figures.setId("public-figures");
    figures.addClassName("public-figures");
    figures.add(figure("schools", n(s.schools()), getTranslation("public.schools")));
    if (s.students() != null) {
      figures.add(figure("students", n(s.students()), getTranslation("public.students")));
    }
    figures.add(
        figure(
            "reports",
            n(s.reportsDelivered()) + " / " + n(s.reportsExpected()),
            getTranslation("public.reports", pct(s.reportsDeliveredPct()))));
    figures.add(
        figure(
            "indicators",
            n(s.indicatorsAchieved()) + " / " + n(s.indicators()),
            getTranslation("public.indicators", pct(s.indicatorsAchievedPct()))));
    figures.add(
        figure(
            "budget",
            ThaiNumbers.decimal(s.spent(), 2),
            getTranslation(
                "public.budget", ThaiNumbers.decimal(s.allocated(), 2), pct(s.spentPct()))));
    figures.add(
        figure(
            "completed",
            n(s.completedProjects()) + " / " + n(s.projects()),
            getTranslation("public.completed")));
    add(figures);
    if (!s.highlights().isEmpty()) {
      add(new H3(getTranslation("public.highlights")));
      UnorderedList list = new UnorderedList();
      list.setId("public-highlights");
      s.highlights().forEach(h -> list.add(new ListItem(h.in(lang))));
      add(list);
    }
    add(new H3(getTranslation("public.charts")));
    add(chart("public-chart-indicators", s.indicatorsChartPng(lang), "indicators"));
    add(chart("public-chart-budget", s.budgetChartPng(lang), "budget"));
    add(chart("public-chart-schools", s.schoolsChartPng(lang), "schools"));
    if (!s.awardsByLevel().isEmpty()) {
      add(new H3(getTranslation("public.awards")));
      UnorderedList awards = new UnorderedList();
      awards.setId("public-awards");
      s.awardsByLevel()
          .forEach(c -> awards.add(new ListItem(c.label().in(lang) + ": " + n(c.count()))));
      add(awards);
    }
    add(download(year));
  }

  private Div figure(String id, String value, String label) {
    Span big = new Span(value);
    big.addClassName("public-figure-value");
    Div box = new Div(big, new Paragraph(label));
    box.setId("public-figure-" + id);
    box.addClassName("public-figure");
    return box;
  }

  private Image chart(String id, byte[] png, String name) {
    Image image =
        new Image(
            DownloadHandler.fromInputStream(
                e ->
                    new DownloadResponse(
                        new ByteArrayInputStream(png), name + ".png", "image/png", png.length)),
            getTranslation("public.chart." + name));
    image.setId(id);
    image.addClassName("public-chart");
    return image;
  }

  private Anchor download(PublishedYear year) {
    String name =
        FileNames.safe("สรุปผลการดำเนินงานสำหรับสาธารณะ ปีงบประมาณ " + year.fiscalYear(), "docx");
    String ascii = "public-summary-" + year.fiscalYear() + ".docx";
    byte[] bytes = year.summaryDocx();
    DownloadHandler handler =
        event -> {
          event.setContentType(ReportFile.DOCX);
          event.setContentLength(bytes.length);
          event
              .getResponse()
              .setHeader("Content-Disposition", FileNames.contentDisposition(name, ascii));
          try (OutputStream out = event.getOutputStream()) {
            out.write(bytes);
          }
        };
    Anchor anchor = new Anchor(handler, getTranslation("public.download"));
    anchor.setId("public-download");
    anchor.addClassName("download-link");
    return anchor;
  }

  private void addYears(List<Integer> years) {
    if (years.size() < 2) {
      return;
    }
    Div links = new Div(new Span(getTranslation("public.years") + " "));
    links.setId("public-years");
    links.addClassName("report-actions");
    for (int y : years) {
      links.add(new Anchor("public/report/" + y, String.valueOf(y)));
    }
    add(links);
  }

  /** The year shown, for tests. */
  @Nullable PublishedYear shown() {
    return shown;
  }

  private static String n(int value) {
    return ThaiNumbers.decimal(BigDecimal.valueOf(value), 0);
  }

  private static String pct(@Nullable BigDecimal value) {
    return value == null ? "-" : ThaiNumbers.decimal(value, 2);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("public.title") + " — " + getTranslation("app.name");
  }
}
