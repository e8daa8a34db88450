package org.tidtam.app.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.dashboard.service.DashboardDenied;
import org.tidtam.app.dashboard.service.DashboardService;
import org.tidtam.app.dashboard.service.MemoFile;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.app.sheets.Workbooks;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.ui.ReviewView;
import org.tidtam.catalog.Catalog;
import org.tidtam.figures.DashboardFilter;
import org.tidtam.figures.FigureTable;
import org.tidtam.form.Fact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.Lang;
import org.tidtam.provenance.DataHash;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Round;

/**
 * The dashboard on the demo data of 2569, 12 months, its numbers checked against the submissions in
 * the database read here independently: the expected and delivered reports of form 7.3, the money
 * of the delivered project reports per group, the schools that reported.
 */
@SpringBootTest
@ViewPackages(classes = {DashboardView.class, MainLayout.class, ReviewView.class})
class DashboardViewTests extends SpringBrowserlessTest {

  @Autowired SubmissionRepository submissions;
  @Autowired SubmissionService service;
  @Autowired Catalog catalog;
  @Autowired DashboardService dashboard;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  /** The delivered (submitted or approved) submissions of a form in 2569, 12 months. */
  private List<StoredSubmission> delivered(String form) {
    return submissions.search(form, 2569, Round.ROUND_12M, null, null).stream()
        .filter(
            s ->
                s.getStatus() == SubmissionStatus.SUBMITTED
                    || s.getStatus() == SubmissionStatus.APPROVED)
        .toList();
  }

  private List<Fact> facts(StoredSubmission row) {
    return factsOf(service.read(row.getDocument()).orElseThrow(), row);
  }

  private static <F extends Record> List<Fact> factsOf(Submission<F> s, StoredSubmission row) {
    return s.plugin().facts(s.form(), row.filing());
  }

  @Test
  @WithUserDetails("planner")
  void showsTheFiguresOfTheSubmissions() {
    navigate(DashboardView.class);

    // completeness of form 7.3: every school of the catalog owes one
    Set<String> schoolsDelivered = new HashSet<>();
    delivered("7.3").forEach(s -> schoolsDelivered.add(s.getUnitCode()));
    List<String> row73 = row("dashboard-completeness-table", "แบบ 7.3");
    assertThat(row73.get(1)).isEqualTo(String.valueOf(catalog.schools().size()));
    assertThat(row73.get(2)).isEqualTo(String.valueOf(schoolsDelivered.size()));
    assertThat(schoolsDelivered).as("the demo data has a delivered school report").isNotEmpty();

    // budget per group: the delivered project reports' money, summed here
    Map<String, BigDecimal[]> money = new TreeMap<>();
    for (StoredSubmission row : delivered("7.2")) {
      for (Fact fact : facts(row)) {
        if (fact instanceof ProjectFact p) {
          BigDecimal[] sums =
              money.computeIfAbsent(
                  p.groupCode(), g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
          sums[0] = sums[0].add(p.allocated());
          sums[1] = sums[1].add(p.spent());
        }
      }
    }
    assertThat(money).as("the demo data has a delivered project report").isNotEmpty();
    for (Map.Entry<String, BigDecimal[]> e : money.entrySet()) {
      String group = catalog.group(e.getKey()).orElseThrow().name().th();
      List<String> shown = row("dashboard-budget-groups-table", group);
      assertThat(shown.get(2)).isEqualTo(FigureTable.text(e.getValue()[0], Lang.TH));
      assertThat(shown.get(3)).isEqualTo(FigureTable.text(e.getValue()[1], Lang.TH));
    }

    // schools that reported, over all districts
    int reported = 0;
    for (StoredSubmission row : delivered("7.3")) {
      reported += (int) facts(row).stream().filter(SchoolFact.class::isInstance).count();
    }
    List<String> totals = row("dashboard-schools-districts-table", "รวม");
    assertThat(totals.get(1)).isEqualTo(String.valueOf(catalog.schools().size()));
    assertThat(totals.get(2)).isEqualTo(String.valueOf(reported));

    assertThat($(Paragraph.class).id("dashboard-summary").getText())
        .startsWith("รายงานแล้ว ")
        .contains("ตัวชี้วัดบรรลุเป้าหมาย");
    assertThat($(H3.class).all())
        .extracting(H3::getText)
        .hasSize(8)
        .contains("ความครบถ้วนและความทันเวลาของการรายงาน");
  }

  @Test
  @WithUserDetails("director")
  void theExecutiveReadsChartsExcelAndTheMemo() throws Exception {
    navigate(DashboardView.class);
    DashboardView view = $(DashboardView.class).single();

    // each table has its chart, drawn on the server at the dashboard's size, and an Excel link
    assertThat($(Image.class).all()).hasSize(8);
    BufferedImage chart = ImageIO.read(new ByteArrayInputStream(view.chartPng("budget-groups")));
    assertThat(chart.getWidth()).isEqualTo(720);
    assertThat(chart.getHeight()).isEqualTo(400);
    assertThat($(Anchor.class).all())
        .extracting(Anchor::getId)
        .map(id -> id.orElse(""))
        .contains("dashboard-completeness-excel", "dashboard-excel-all", "dashboard-memo");

    // every table in one workbook, numbers kept as numbers
    List<Sheet> sheets = view.sheets(null);
    assertThat(sheets).hasSize(8);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.xlsx(sheets)))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(8);
      assertThat(book.getSheetName(0)).isEqualTo("ความครบถ้วน");
    }

    // the memo: its title, the round in the Buddhist era, the completeness shown on screen
    MemoFile memo = view.memo();
    assertThat(memo.fileName())
        .isEqualTo("บันทึกข้อความ ผลการติดตาม ปีงบประมาณ 2569 รอบ 12 เดือน.docx");
    List<String> row = row("dashboard-completeness-table", "รวม");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(memo.bytes()))) {
      String text =
          String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
      assertThat(text)
          .startsWith("บันทึกข้อความ")
          .contains("ประจำปีงบประมาณ พ.ศ. 2569 รอบ 12 เดือน")
          .contains(
              "หน่วยที่ต้องรายงานทั้งสิ้น "
                  + row.get(1)
                  + " ฉบับ รายงานแล้ว "
                  + row.get(2)
                  + " ฉบับ คิดเป็นร้อยละ "
                  + row.get(3));
    }
  }

  @Test
  @WithUserDetails("planner")
  void aDistrictNarrowsTheSchools() {
    navigate(DashboardView.class);
    @SuppressWarnings("unchecked")
    ComboBox<String> district = $(ComboBox.class).id("dashboard-district");
    test(district).selectItem("เกาะลันตา");

    // two schools of the demo catalog are in เกาะลันตา
    assertThat(row("dashboard-completeness-table", "แบบ 7.3").get(1)).isEqualTo("2");
    assertThat(rows("dashboard-schools-districts-table"))
        .extracting(r -> r.getFirst())
        .containsExactly("เกาะลันตา", "รวม");
  }

  @Test
  void theMemoNamesTheDeliveredSubmissionsByIdAndVersion() {
    Actor planner = new Actor("planner", Role.PLANNER, null, Lang.TH);

    MemoFile memo = dashboard.memo(planner, DashboardFilter.of(2569, Round.ROUND_12M));

    Provenance p = ProvenancePart.read(memo.bytes()).orElseThrow();
    List<StoredSubmission> delivered = delivered(null);
    assertThat(delivered).isNotEmpty();
    assertThat(p.sources())
        .extracting(s -> s.submissionId() + "@" + s.version() + " " + s.formId())
        .containsExactlyInAnyOrderElementsOf(
            delivered.stream()
                .map(r -> r.id() + "@" + r.getVersion() + " " + r.getFormId())
                .toList());
    StoredSubmission first = delivered.getFirst();
    assertThat(p.sources())
        .filteredOn(s -> s.submissionId().equals(Long.toString(first.id())))
        .singleElement()
        .extracting(Provenance.Source::dataSha256)
        .isEqualTo(DataHash.of(service.read(first.getDocument()).orElseThrow().document().data()));
    assertThat(p.template().name()).isEqualTo("memo-director.docx");
  }

  @Test
  void reportingStaffAreRefusedByTheService() {
    Actor school = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
    Actor group = new Actor("supervision", Role.STAFF, "SUPERVISION", Lang.TH);
    DashboardFilter filter = DashboardFilter.of(2569, Round.ROUND_12M);

    assertThatThrownBy(() -> dashboard.figures(school, filter)).isInstanceOf(DashboardDenied.class);
    assertThatThrownBy(() -> dashboard.memo(group, filter)).isInstanceOf(DashboardDenied.class);
    assertThatThrownBy(() -> dashboard.fiscalYears(group)).isInstanceOf(DashboardDenied.class);
  }

  @Test
  @WithUserDetails("school1")
  void isNotShownToReportingStaff() {
    try {
      navigate(DashboardView.class);
    } catch (RuntimeException refused) {
      // the router refuses the navigation
    }
    assertThat($(DashboardView.class).exists()).isFalse();
  }

  @SuppressWarnings("unchecked")
  private Grid<Object> grid(String id) {
    return $(Grid.class).id(id);
  }

  private List<List<String>> rows(String gridId) {
    var tester = test(grid(gridId));
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < tester.size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < grid(gridId).getColumns().size(); c++) {
        cells.add(tester.getCellText(r, c));
      }
      out.add(cells);
    }
    return out;
  }

  /** The row of a grid whose first cell is {@code first}. */
  private List<String> row(String gridId, String first) {
    return rows(gridId).stream()
        .filter(r -> r.getFirst().equals(first))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows(gridId)));
  }
}
