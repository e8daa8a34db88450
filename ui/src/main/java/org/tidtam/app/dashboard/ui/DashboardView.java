package org.tidtam.app.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.dashboard.service.DashboardService;
import org.tidtam.app.dashboard.service.MemoFile;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.app.sheets.SheetDownloads;
import org.tidtam.app.submission.service.FileNames;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.figures.DashboardCharts;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.figures.DashboardFilter;
import org.tidtam.figures.FigureTable;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.thai.Round;
import org.tidtam.thai.ThaiNumbers;

/**
 * The dashboard for decision makers, read only: for a fiscal year and round, optionally one
 * district and one group, each group of figures as a chart drawn on the server beside its table,
 * each table downloadable as Excel, all of them in one workbook, and the memo to the director as a
 * Word file. For policy and planning, executives and administrators (the service checks it again).
 */
@Route("dashboard")
@RolesAllowed({"PLANNER", "EXECUTIVE", "ADMIN"})
@StyleSheet("styles/shell.css")
@StyleSheet("styles/dashboard.css")
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final DashboardService dashboard;
  private final Actor actor;
  private final Lang lang;

  private final Select<Integer> fiscalYear = new Select<>();
  private final Select<Round> round = new Select<>();
  private final ComboBox<String> district = new ComboBox<>();
  private final ComboBox<OrgGroup> group = new ComboBox<>();
  private final Paragraph summary = new Paragraph();
  private final Div sections = new Div();
  private final Map<String, Grid<List<@Nullable Object>>> grids = new LinkedHashMap<>();
  private final Map<String, Image> charts = new LinkedHashMap<>();
  private final Map<String, List<@Nullable Object>> totalsShown = new LinkedHashMap<>();
  private @Nullable DashboardFigures figures;

  DashboardView(DashboardService dashboard, CurrentActor actors, SubmissionWorkflow workflow) {
    this.dashboard = dashboard;
    this.actor = actors.get();
    this.lang = Lang.of(getLocale());
    addClassName("shell-page");
    if (!DashboardService.sees(actor)) {
      return;
    }
    add(new H2(getTranslation("dashboard.title")));
    List<Integer> years = dashboard.fiscalYears(actor);
    if (years.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("dashboard.noPlan"));
      none.setId("dashboard-no-plan");
      none.addClassName("shell-muted");
      add(none);
      return;
    }
    fiscalYear.setId("dashboard-year");
    fiscalYear.setLabel(getTranslation("dashboard.fiscalYear"));
    fiscalYear.setItems(years);
    fiscalYear.setItemLabelGenerator(String::valueOf);
    int current = workflow.currentFiscalYear();
    fiscalYear.setValue(years.contains(current) ? current : years.getFirst());
    round.setId("dashboard-round");
    round.setLabel(getTranslation("dashboard.round"));
    round.setItemLabelGenerator(r -> r.label().in(lang));
    setRounds(workflow.currentRound());
    district.setId("dashboard-district");
    district.setLabel(getTranslation("dashboard.district"));
    district.setPlaceholder(getTranslation("dashboard.all"));
    district.setClearButtonVisible(true);
    district.setItems(dashboard.catalog(actor).districts());
    group.setId("dashboard-group");
    group.setLabel(getTranslation("dashboard.group"));
    group.setPlaceholder(getTranslation("dashboard.all"));
    group.setClearButtonVisible(true);
    group.setItems(dashboard.catalog(actor).groups());
    group.setItemLabelGenerator(g -> g.name().in(lang));
    fiscalYear.addValueChangeListener(
        e -> {
          setRounds(round.getValue());
          refresh();
        });
    round.addValueChangeListener(e -> refresh());
    district.addValueChangeListener(e -> refresh());
    group.addValueChangeListener(e -> refresh());
    Div filters = new Div(fiscalYear, round, district, group);
    filters.addClassName("dashboard-filters");
    summary.setId("dashboard-summary");
    Div downloads = new Div(memoLink(), allTablesLink());
    downloads.addClassName("dashboard-filters");
    sections.setId("dashboard-sections");
    add(filters, summary, downloads, sections);
  }

  private void setRounds(@Nullable Round wanted) {
    Integer year = fiscalYear.getValue();
    List<Round> rounds = year == null ? List.of() : dashboard.rounds(actor, year);
    round.setItems(rounds);
    if (!rounds.isEmpty()) {
      round.setValue(wanted != null && rounds.contains(wanted) ? wanted : rounds.getLast());
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!DashboardService.sees(actor)) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("dashboard.title") + " — " + getTranslation("app.name");
  }

  /** The filter the screen shows, empty while the year or round is not chosen. */
  @Nullable DashboardFilter filter() {
    Integer year = fiscalYear.getValue();
    Round r = round.getValue();
    if (year == null || r == null) {
      return null;
    }
    OrgGroup g = group.getValue();
    return new DashboardFilter(year, r, district.getValue(), g == null ? null : g.code());
  }

  /** The figures shown, for the downloads. */
  @Nullable DashboardFigures figures() {
    return figures;
  }

  private void refresh() {
    DashboardFilter filter = filter();
    if (filter == null) {
      return;
    }
    DashboardFigures f = dashboard.figures(actor, filter);
    this.figures = f;
    DashboardFigures.FormCompleteness total = f.totalCompleteness();
    DashboardFigures.Budget budget = f.totalBudget();
    summary.setText(
        getTranslation(
            "dashboard.summary",
            ThaiNumbers.integer(total.submitted()),
            ThaiNumbers.integer(total.expected()),
            FigureTable.text(total.completenessPct(), lang),
            ThaiNumbers.integer(f.indicatorsAchieved()),
            ThaiNumbers.integer(f.indicators().size()),
            FigureTable.text(budget.spent(), lang),
            FigureTable.text(budget.allocated(), lang),
            FigureTable.text(budget.disbursedPct(), lang)));
    for (FigureTable table : f.tables()) {
      Grid<List<@Nullable Object>> grid = grids.get(table.id());
      if (grid == null) {
        grid = section(table);
      }
      List<List<@Nullable Object>> rows = new ArrayList<>(table.rows());
      if (table.totals() != null) {
        rows.add(table.totals());
        totalsShown.put(table.id(), table.totals());
      } else {
        totalsShown.remove(table.id());
      }
      grid.setItems(rows);
      charts.get(table.id()).setSrc(chart(table.id()));
    }
  }

  private Grid<List<@Nullable Object>> section(FigureTable table) {
    String id = "dashboard-" + table.id();
    Grid<List<@Nullable Object>> grid = new Grid<>();
    grid.setId(id + "-table");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    List<String> headers = table.headers(lang);
    for (int i = 0; i < headers.size(); i++) {
      int column = i;
      grid.addColumn(row -> FigureTable.text(row.get(column), lang))
          .setHeader(headers.get(i))
          .setKey("c" + i)
          .setFlexGrow(i == 0 ? 3 : 1)
          .setResizable(true);
    }
    grid.setPartNameGenerator(row -> row == totalsShown.get(table.id()) ? "figure-total" : null);
    Image chart = new Image();
    chart.setId(id + "-chart");
    chart.setAlt(getTranslation("dashboard.chartOf", table.title().in(lang)));
    chart.addClassName("dashboard-chart");
    Div tableBox = new Div(grid, excelLink(table.id()));
    tableBox.addClassName("dashboard-table");
    Div section = new Div(chart, tableBox);
    section.addClassName("dashboard-section");
    H3 title = new H3(table.title().in(lang));
    title.setId(id + "-title");
    sections.add(title, section);
    grids.put(table.id(), grid);
    charts.put(table.id(), chart);
    return grid;
  }

  /** The chart of a table as a PNG, drawn when the browser asks for it. */
  private DownloadHandler chart(String id) {
    DashboardFigures f = figures;
    return event -> {
      byte[] png = DashboardCharts.png(f, id, lang);
      event.setContentType("image/png");
      event.setContentLength(png.length);
      try (OutputStream out = event.getOutputStream()) {
        out.write(png);
      }
    };
  }

  /** The chart of a table as PNG bytes, as the screen shows it. */
  byte[] chartPng(String id) {
    return DashboardCharts.png(Objects.requireNonNull(figures), id, lang);
  }

  /** The sheets of some tables (all of them for null): each table's rows, then its totals. */
  List<Sheet> sheets(@Nullable List<String> ids) {
    DashboardFigures f = Objects.requireNonNull(figures);
    List<Sheet> out = new ArrayList<>();
    for (FigureTable table : f.tables()) {
      if (ids != null && !ids.contains(table.id())) {
        continue;
      }
      List<List<?>> rows = new ArrayList<>();
      for (List<@Nullable Object> row : table.rows()) {
        rows.add(cells(row));
      }
      if (table.totals() != null) {
        rows.add(cells(table.totals()));
      }
      out.add(
          new Sheet(
              getTranslation("dashboard.sheet." + table.id()),
              table.title().in(lang) + " " + filterLine(f.filter()),
              table.headers(lang),
              rows));
    }
    return out;
  }

  private List<?> cells(List<@Nullable Object> row) {
    List<@Nullable Object> out = new ArrayList<>();
    for (Object cell : row) {
      out.add(FigureTable.value(cell, lang));
    }
    return out;
  }

  private String filterLine(DashboardFilter filter) {
    String d =
        filter.district() == null
            ? ""
            : getTranslation("dashboard.filterDistrict", filter.district());
    String g =
        filter.groupCode() == null
            ? ""
            : getTranslation(
                "dashboard.filterGroup",
                dashboard
                    .catalog(actor)
                    .group(filter.groupCode())
                    .map(x -> x.name().in(lang))
                    .orElse(""));
    return getTranslation(
        "dashboard.filterLine",
        String.valueOf(filter.fiscalYear()),
        filter.round().label().in(lang),
        d,
        g);
  }

  private String fileName(@Nullable String table) {
    DashboardFilter filter = Objects.requireNonNull(filter());
    String base =
        getTranslation(
            "dashboard.fileName",
            String.valueOf(filter.fiscalYear()),
            filter.round().label().in(lang));
    return table == null ? base : base + " " + getTranslation("dashboard.sheet." + table);
  }

  private String asciiName(@Nullable String table) {
    DashboardFilter filter = filter();
    String base =
        "dashboard-"
            + (filter == null ? "" : filter.fiscalYear() + "-" + RoundCodes.code(filter.round()));
    return table == null ? base : base + "-" + table;
  }

  private Anchor excelLink(String id) {
    return SheetDownloads.link(
        "dashboard-" + id + "-excel",
        getTranslation("dashboard.excel"),
        () -> fileName(id),
        asciiName(id),
        () -> sheets(List.of(id)));
  }

  private Anchor allTablesLink() {
    return SheetDownloads.link(
        "dashboard-excel-all",
        getTranslation("dashboard.excelAll"),
        () -> fileName(null),
        asciiName(null),
        () -> sheets(null));
  }

  private Anchor memoLink() {
    DownloadHandler handler =
        event -> {
          MemoFile memo = memo();
          event.setContentType(MemoFile.DOCX);
          event.setContentLength(memo.bytes().length);
          event
              .getResponse()
              .setHeader(
                  "Content-Disposition",
                  FileNames.contentDisposition(memo.fileName(), memo.asciiFileName()));
          try (OutputStream out = event.getOutputStream()) {
            out.write(memo.bytes());
          }
        };
    Anchor anchor = new Anchor(handler, getTranslation("dashboard.memo"));
    anchor.setId("dashboard-memo");
    anchor.addClassName("download-link");
    return anchor;
  }

  /** The memo of the figures shown. */
  MemoFile memo() {
    return dashboard.memo(actor, Objects.requireNonNull(filter()));
  }
}
