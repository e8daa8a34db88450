package org.tidtam.app.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.report.domain.FrozenSource;
import org.tidtam.app.report.domain.FrozenSourceRepository;
import org.tidtam.app.report.domain.ReportEditionRepository;
import org.tidtam.app.report.service.AnnualReports;
import org.tidtam.app.report.service.BuiltReport;
import org.tidtam.app.report.service.ReportEditionView;
import org.tidtam.app.report.service.ReportException;
import org.tidtam.app.report.service.ReportJob;
import org.tidtam.app.report.service.ReportSettings;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.ui.ReviewView;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Contact;
import org.tidtam.report.TocRefresh;
import org.tidtam.thai.Round;

/**
 * The annual report builder on the demo data of 2569: set up, built in the background with its
 * progress, the Word file read back with POI (cover, chapters in the chosen order, the table of
 * contents, figures of the submissions in the database), published with what it used frozen, and
 * the roles that may not change it refused.
 */
@SpringBootTest
@ViewPackages(classes = {ReportBuilderView.class, MainLayout.class, ReviewView.class})
class ReportBuilderViewTests extends SpringBrowserlessTest {

  private static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  private static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);

  @Autowired AnnualReports reports;
  @Autowired ReportEditionRepository editions;
  @Autowired FrozenSourceRepository frozen;
  @Autowired SubmissionRepository submissions;
  @Autowired MonitoringPlans plans;

  @AfterEach
  void signOutAndForget() {
    SecurityContextHolder.clearContext();
    frozen.deleteAll();
    editions.deleteAll();
  }

  /** Waits for the build, asking for its progress as the page's polling does. */
  private static List<Double> awaitBuild(ReportBuilderView view) throws InterruptedException {
    ReportJob job = view.job().orElseThrow();
    List<Double> seen = new ArrayList<>();
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (job.state() == ReportJob.State.RUNNING && Instant.now().isBefore(until)) {
      view.updateProgress();
      seen.add(job.fraction());
      Thread.sleep(20);
    }
    view.updateProgress();
    seen.add(job.fraction());
    assertThat(job.state()).as(job.failure().orElse("")).isEqualTo(ReportJob.State.DONE);
    return seen;
  }

  private static List<String> headings(XWPFDocument doc) {
    List<String> out = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      String style = p.getStyleID();
      if (style != null && style.startsWith("Heading1")) {
        out.add(p.getText().strip());
      }
    }
    return out;
  }

  private static String text(XWPFDocument doc) {
    StringBuilder out = new StringBuilder();
    doc.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
    doc.getTables().forEach(t -> out.append(t.getText()).append('\n'));
    return out.toString();
  }

  private long delivered() {
    return submissions.search(null, 2569, Round.ROUND_12M, null, null).stream()
        .map(StoredSubmission::getStatus)
        .filter(s -> s == SubmissionStatus.SUBMITTED || s == SubmissionStatus.APPROVED)
        .count();
  }

  @Test
  @WithUserDetails("planner")
  void aPlannerSetsUpBuildsAndDownloadsTheReport() throws Exception {
    navigate(ReportBuilderView.class);
    ReportBuilderView view = $(ReportBuilderView.class).single();

    // a blank title is refused at its field, and nothing is saved
    TextField title = $(TextField.class).id("report-title");
    title.setValue(" ");
    $(Button.class).id("report-save").click();
    assertThat(title.isInvalid()).isTrue();
    assertThat(title.getErrorMessage()).isEqualTo("ต้องระบุชื่อรายงาน");
    assertThat(editions.findByFiscalYearOrderByRevisionDesc(2569)).isEmpty();

    title.setValue("รายงานผลการดำเนินงาน");
    $(IntegerField.class).id("report-number").setValue(3);
    $(IntegerField.class).id("report-number-year").setValue(2569);

    // the office's chapters are offered in their usual order; move part 7 first, drop part 5
    @SuppressWarnings("unchecked")
    Grid<ReportBuilderView.ChapterRow> grid = $(Grid.class).id("report-chapters");
    List<ReportBuilderView.ChapterRow> rows = grid.getGenericDataView().getItems().toList();
    List<String> titles = rows.stream().map(r -> r.chapter.title()).toList();
    assertThat(titles)
        .containsSubsequence(
            "บทสรุปผู้บริหาร",
            "ส่วนที่ 3 ผลการดำเนินงานตามนโยบายและกลยุทธ์",
            "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ",
            "ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา",
            "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ");
    ReportBuilderView.ChapterRow problems =
        rows.stream()
            .filter(r -> r.chapter.title().startsWith("ส่วนที่ 7"))
            .findFirst()
            .orElseThrow();
    while (grid.getGenericDataView().getItems().toList().indexOf(problems) > 0) {
      view.move(problems, -1);
    }
    rows.stream()
        .filter(r -> r.chapter.title().startsWith("ส่วนที่ 5"))
        .forEach(r -> r.chosen = false);

    $(Button.class).id("report-build").click();
    List<Double> progress = awaitBuild(view);
    assertThat(progress.getLast()).isEqualTo(1.0);
    assertThat(progress).isSorted();
    assertThat(editions.findByFiscalYearOrderByRevisionDesc(2569))
        .as("building saves the settings first")
        .hasSize(1);

    // the downloads, and what the Word file holds
    List<String> links = $(Anchor.class).all().stream().map(a -> a.getId().orElse("")).toList();
    assertThat(links).contains("report-download-docx");
    BuiltReport built = view.job().orElseThrow().result().orElseThrow();
    if (TocRefresh.available()) {
      assertThat(links).contains("report-download-pdf");
      assertThat(new String(built.pdfBytes().orElseThrow(), 0, 5)).isEqualTo("%PDF-");
      assertThat($(Paragraph.class).id("report-toc-note").getText()).contains("มีเลขหน้าครบ");
    } else {
      assertThat($(Paragraph.class).id("report-toc-note").getText()).contains("Word");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(built.docx()))) {
      String all = text(doc);
      assertThat(all).contains("เอกสารลำดับที่ 3/2569", "ประจำปีงบประมาณ พ.ศ. 2569");
      List<String> headings = headings(doc);
      int problemsAt = headings.indexOf("ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ");
      int summaryAt = headings.indexOf("บทสรุปผู้บริหาร");
      assertThat(problemsAt).isNotNegative().isLessThan(summaryAt);
      assertThat(headings).doesNotContain("ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา");
      assertThat(doc.getDocument().xmlText()).contains("TOC ", "\\o \"1-3\"");
      // the figures are the submissions': every delivered report of the 12-month round counts
      assertThat(all).contains("ส่งรายงานแล้ว " + delivered() + " จาก");
    }

    // an unchanged report is there at once, from the kept build
    $(Button.class).id("report-build").click();
    assertThat(view.job().orElseThrow().state())
        .isIn(ReportJob.State.DONE, ReportJob.State.RUNNING);
    awaitBuild(view);
    assertThat(view.job().orElseThrow().result().orElseThrow().docx()).isSameAs(built.docx());
  }

  @Test
  @WithUserDetails("planner")
  void publishingFreezesWhatTheReportUsed() throws Exception {
    ReportEditionView draft = reports.edition(PLANNER, 2569);
    ReportEditionView saved = reports.save(PLANNER, draft.settings(), draft.version());
    ReportEditionView published = reports.publish(PLANNER, 2569, saved.version());
    assertThat(published.isDraft()).isFalse();

    // every submission of the round is frozen at its version
    long id = editions.findByFiscalYearOrderByRevisionDesc(2569).getFirst().id();
    List<FrozenSource> sources = frozen.findByReportIdOrderByIdAsc(id);
    List<StoredSubmission> rows = submissions.search(null, 2569, Round.ROUND_12M, null, null);
    assertThat(sources).hasSize(rows.size());
    for (StoredSubmission row : rows) {
      FrozenSource source =
          sources.stream().filter(s -> s.getSubmissionId() == row.id()).findFirst().orElseThrow();
      assertThat(source.getSubmissionVersion()).isEqualTo(row.getVersion());
      assertThat(source.getDocument() != null)
          .isEqualTo(
              row.getStatus() == SubmissionStatus.SUBMITTED
                  || row.getStatus() == SubmissionStatus.APPROVED);
    }

    // the published report downloads identically, whatever the draft of a new revision says
    byte[] first = reports.download(DIRECTOR, 2569, false, false).bytes();
    ReportSettings changed =
        new ReportSettings(
            2569,
            "รายงานฉบับปรับปรุง",
            "กลุ่มนโยบายและแผน",
            null,
            null,
            "คำนำใหม่",
            List.of(),
            true);
    reports.save(PLANNER, changed, -1);
    byte[] again = reports.download(DIRECTOR, 2569, false, false).bytes();
    assertThat(Arrays.equals(first, again)).isTrue();
    byte[] draftNow = reports.download(PLANNER, 2569, false, true).bytes();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(draftNow))) {
      assertThat(text(doc)).contains("รายงานฉบับปรับปรุง");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(again))) {
      assertThat(text(doc)).doesNotContain("รายงานฉบับปรับปรุง");
    }
  }

  @Test
  void thePublicPageShowsOnlyThePublishedSummaryWithoutPersonalData() throws Exception {
    // nothing published: the page says so
    navigate(PublicReportView.class);
    assertThat($(Paragraph.class).id("public-none").getText())
        .isEqualTo("ยังไม่มีรายงานประจำปีที่เผยแพร่");

    ReportEditionView draft = reports.edition(PLANNER, 2569);
    ReportEditionView saved = reports.save(PLANNER, draft.settings(), draft.version());
    reports.publish(PLANNER, 2569, saved.version());

    navigate(PublicReportView.class);
    PublicReportView view = $(PublicReportView.class).single();
    var summary = view.shown().summary();
    assertThat(summary.reportsDelivered()).isEqualTo((int) delivered());
    String text = view.getElement().getTextRecursively();
    assertThat(text).contains("ผลการดำเนินงานของสำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");
    assertThat($(Image.class).all()).hasSizeGreaterThanOrEqualTo(3);
    String docText;
    try (XWPFDocument doc =
        new XWPFDocument(new ByteArrayInputStream(view.shown().summaryDocx()))) {
      docText = text(doc);
    }
    assertThat(docText).contains("2569");
    for (Contact contact : plans.contacts().values()) {
      assertThat(text).doesNotContain(contact.person());
      assertThat(docText).doesNotContain(contact.person());
      if (contact.phone() != null) {
        assertThat(text + docText).doesNotContain(contact.phone());
      }
      if (contact.email() != null) {
        assertThat(text + docText).doesNotContain(contact.email());
      }
    }
    assertThat(plans.contacts()).as("the demo has contacts to look for").isNotEmpty();

    // a year not published is not shown
    navigate("public/report/2570", PublicReportView.class);
    assertThat($(Paragraph.class).id("public-none").getText()).contains("2570");
  }

  @Test
  @WithUserDetails("director")
  void theDirectorReadsButDoesNotChange() {
    navigate(ReportBuilderView.class);
    assertThat($(TextField.class).id("report-title").isReadOnly()).isTrue();
    assertThat($(Button.class).all().stream().map(b -> b.getId().orElse("")).toList())
        .doesNotContain("report-publish", "report-save");
    ReportEditionView shown = reports.edition(DIRECTOR, 2569);
    assertThatThrownBy(() -> reports.save(DIRECTOR, shown.settings(), shown.version()))
        .isInstanceOf(ReportException.Denied.class);
    assertThatThrownBy(() -> reports.publish(DIRECTOR, 2569, shown.version()))
        .isInstanceOf(ReportException.Denied.class);
  }

  @Test
  @WithUserDetails("school1")
  void aSchoolIsRefused() {
    Actor school = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
    assertThatThrownBy(() -> reports.edition(school, 2569))
        .isInstanceOf(ReportException.Denied.class);
    assertThatThrownBy(() -> reports.download(school, 2569, false, false))
        .isInstanceOf(ReportException.Denied.class);
  }

  @Test
  void offersTheChapters() {
    assertThat(reports.offered(PLANNER, 2569)).isNotEmpty();
  }

  @Test
  void settingsThatDoNotPassAreRefusedAtTheirField() throws IOException {
    ReportEditionView shown = reports.edition(PLANNER, 2569);
    ReportSettings s = shown.settings();
    ReportSettings bad =
        new ReportSettings(
            2569, "", " ", null, "not a picture".getBytes(), "x".repeat(20_001), List.of(), false);
    assertThatThrownBy(() -> reports.save(PLANNER, bad, shown.version()))
        .isInstanceOfSatisfying(
            ReportException.Invalid.class,
            e ->
                assertThat(e.problems())
                    .extracting(ReportException.Problem::field)
                    .containsExactly("title", "preparedBy", "foreword", "logo"));
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    assertThat(AnnualReports.logoProblem(png.toByteArray())).isNull();
    byte[] truncated = Arrays.copyOf(png.toByteArray(), 30);
    assertThat(AnnualReports.logoProblem(truncated)).isEqualTo("tidtam.app.report.logoNotPicture");
    assertThat(AnnualReports.logoProblem(new byte[3 * 1024 * 1024]))
        .isEqualTo("tidtam.app.report.logoTooLarge");
    assertThat(s.title()).isNotBlank();
  }
}
