package org.tidtam.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.app.sheets.Workbooks;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.School;
import org.tidtam.thai.Round;

/**
 * The application in a real browser (the system Chromium) and over real HTTP: the server runs on a
 * random port with the demo data in a database of its own under a temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTests {

  static Path dataDir;
  static TidtamBrowser browser;

  static final String SCHOOL1 = "81010001";
  static final String SCHOOL2 = "81010002";
  static final String GROUP = "SUPERVISION";
  static final int PHONE_WIDTH = 390;
  static final Pattern SUGGESTIONS = Pattern.compile("^ข้อเสนอแนะ( \\*)?$");
  static final Pattern CONTACT = Pattern.compile("^ผู้ประสานงาน( \\*)?$");
  static final Random RANDOM = new Random();

  static {
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @LocalServerPort int port;
  @Autowired SubmissionRepository submissions;
  @Autowired org.tidtam.app.report.service.AnnualReports annualReports;
  @Autowired org.tidtam.app.monitoring.service.MonitoringPlans monitoringPlans;

  private static final org.tidtam.app.security.domain.Actor PLANNER =
      new org.tidtam.app.security.domain.Actor(
          "planner", org.tidtam.app.security.domain.Role.PLANNER, null, org.tidtam.i18n.Lang.TH);
  @Autowired Catalog catalog;
  @Autowired ObjectProvider<Catalog> catalogs;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("tidtam-e2e");
    registry.add("tidtam.data-dir", dataDir::toString);
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("tidtam"));
    // the development tools' overlay would cover the header's buttons as no user's page does
    registry.add("vaadin.devmode.devTools.enabled", () -> "false");
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (dataDir != null) {
      try (var files = Files.walk(dataDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  TidtamBrowser browser() {
    if (browser == null) {
      browser = TidtamBrowser.open("http://127.0.0.1:" + port);
    }
    return browser;
  }

  // ---- in the browser

  @Test
  void signInPageIsInThai() {
    Page page = browser().open(browser().newPage(), "/login");

    assertThat(page).hasTitle("เข้าสู่ระบบ — ติดตาม");
    assertThat(page.locator("html")).hasAttribute("lang", "th");
    assertThat(page.locator("h1")).hasText("ติดตาม (Tidtam)");
    assertThat(page.locator("label[slot=label]:has-text(\"ชื่อผู้ใช้ (Username)\")")).isVisible();
    assertThat(page.locator("vaadin-login-form label").getByText("รหัสผ่าน (Password)"))
        .isVisible();
    assertThat(
            page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("เข้าสู่ระบบ (Sign in)")))
        .isVisible();
    page.context().close();
  }

  @Test
  void wrongPasswordShowsTheThaiError() {
    Page page = browser().newPage();
    page.navigate(browser().url("/login"));
    TidtamBrowser.waitForVaadin(page);
    page.locator("input[name=username]").fill("school1");
    page.locator("input[name=password]").fill("not-the-password");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("เข้าสู่ระบบ (Sign in)"))
        .click();

    page.waitForURL(url -> url.contains("/login?error"));
    TidtamBrowser.waitForVaadin(page);
    assertThat(page.getByText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")).isVisible();
    assertThat(page.locator("input[name=password]")).isVisible();
    page.context().close();
  }

  @Test
  void school1SignsInLandsOnMyFormsAndSignsOut() {
    Page page = browser().newPage();

    // anonymous: my forms sends to the sign-in page
    page.navigate(browser().url("/my-forms"));
    page.waitForURL(url -> url.contains("/login"));

    browser().signIn(page, "school1");
    waitForPath(page, "/my-forms");
    assertThat(page.locator("#my-forms")).isVisible();
    assertThat(page.locator(".shell-user-bar .shell-user-name")).hasText("school1");
    assertThat(page.locator("#my-forms .submission-card").first()).isVisible();

    browser().signOut(page);
    page.navigate(browser().url("/my-forms"));
    page.waitForURL(url -> url.contains("/login"));
    assertThat(page.locator("#my-forms")).hasCount(0);
    page.context().close();
  }

  /**
   * The whole round of a report: an administrator reopens school 2's approved 7.3 (complete, from
   * the demo data), the school types a Thai suggestion, the draft saves itself, the school submits
   * it; the planner approves it and downloads the Word file, which holds the typed text under the
   * Thai file name.
   */
  @Test
  void aSchoolSubmitsItsReportAndThePlannerApprovesAndDownloadsIt() throws IOException {
    long id = demoSubmission("7.3", SCHOOL2);
    reopenAsAdmin(id);

    Page school = signedIn("school2");
    waitForPath(school, "/my-forms");
    Locator card = school.locator("#submission-" + id);
    assertThat(card.locator(".status-draft")).hasText("ฉบับร่าง");
    card.locator("#open-" + id).click();
    waitForPath(school, "/submissions/" + id);
    assertThat(school.locator("#editor-status")).hasText("ฉบับร่าง");

    String typed = "ทดสอบเบราว์เซอร์ " + RANDOM.nextInt(1_000_000, 10_000_000);
    typeAndWaitUntilSaved(school, SUGGESTIONS, typed);
    assertThat(school.locator("#problems-panel .problems-ready")).isVisible();

    school.locator("#editor-submit").click();
    assertThat(school.locator("#editor-status")).hasText("ส่งแล้ว");
    assertThat(school.locator("#editor-status")).hasClass(Pattern.compile(".*--SUBMITTED.*"));
    assertThat(school.locator("#editor-submit")).hasCount(0);
    assertThat(school.locator("#editor-save-state")).hasAttribute("data-state", "read-only");
    school.context().close();

    Page planner = signedIn("planner");
    browser().open(planner, "/review");
    assertThat(planner.locator("#review-grid")).isVisible();
    planner.locator("#approve-" + id).click();
    planner.locator("#approve-dialog vaadin-button[slot=confirm-button]").click();
    assertThat(planner.locator("#approve-" + id)).hasCount(0);

    Download download = planner.waitForDownload(() -> planner.locator("#download-" + id).click());
    String school2 = catalog.school(SCHOOL2).orElseThrow().name();
    assertThat(download.suggestedFilename())
        .isEqualTo("แบบ 7.3 " + school2 + " 2569 " + Round.ROUND_12M.label().th() + ".docx");
    Path file = download.path();
    try (InputStream in = Files.newInputStream(file);
        XWPFDocument docx = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains(typed);
    }
    assertThat(status(id)).isEqualTo(SubmissionStatus.APPROVED);
    planner.context().close();
  }

  /**
   * A group edits its 7.2 (reopened by an administrator), submits it, the planner returns it with a
   * comment, and the group finds the comment on its list of forms and in the editor.
   */
  @Test
  void thePlannerReturnsAGroupsReportWithAComment() {
    long id = demoSubmission("7.2", GROUP);
    reopenAsAdmin(id);

    Page group = signedIn("supervision");
    waitForPath(group, "/my-forms");
    group.locator("#open-" + id).click();
    waitForPath(group, "/submissions/" + id);
    String typed = "ข้อเสนอแนะจากกลุ่ม " + RANDOM.nextInt(1_000_000, 10_000_000);
    typeAndWaitUntilSaved(group, SUGGESTIONS, typed);
    group.locator("#editor-submit").click();
    assertThat(group.locator("#editor-status")).hasText("ส่งแล้ว");

    Page planner = signedIn("planner");
    browser().open(planner, "/review");
    planner.locator("#return-" + id).click();
    String comment = "โปรดเพิ่มหลักฐานการเบิกจ่าย " + RANDOM.nextInt(1_000, 10_000);
    planner.locator("#return-comment textarea").fill(comment);
    planner.locator("#return-confirm").click();
    assertThat(planner.locator("#return-" + id)).hasCount(0);
    assertThat(planner.locator("#approve-" + id)).hasCount(0);
    planner.context().close();

    browser().open(group, "/my-forms");
    Locator card = group.locator("#submission-" + id);
    assertThat(card.locator(".status-returned")).hasText("ส่งกลับแก้ไข");
    assertThat(card.locator(".return-comment")).hasText("ความเห็นผู้ตรวจ: " + comment);
    card.locator("#open-" + id).click();
    waitForPath(group, "/submissions/" + id);
    assertThat(group.locator("#editor-return-note")).containsText(comment);
    assertThat(group.getByLabel(SUGGESTIONS)).hasValue(typed);
    assertThat(group.locator("#editor-submit")).isVisible();
    group.context().close();
  }

  /**
   * Two windows of the same group edit the same field of one draft: the second save is not written
   * over the first; it opens the conflict dialog, which shows both texts, and keeping mine stores
   * it under the newer version, as the first window sees after reloading.
   */
  @Test
  void theSecondOfTwoConcurrentSavesAsksInsteadOfOverwriting() {
    long id = demoSubmission("7.1", GROUP);
    Page first = signedIn("supervision");
    Page second = signedIn("supervision");
    browser().open(first, "/submissions/" + id);
    browser().open(second, "/submissions/" + id);
    assertThat(first.locator("#editor-save-state")).hasAttribute("data-state", "saved");
    assertThat(second.locator("#editor-save-state")).hasAttribute("data-state", "saved");
    int opened = version(second);

    String firstText = "ผู้ประสานงานหน้าต่างแรก " + RANDOM.nextInt(1_000, 10_000);
    String secondText = "ผู้ประสานงานหน้าต่างที่สอง " + RANDOM.nextInt(1_000, 10_000);
    typeAndWaitUntilSaved(first, CONTACT, firstText);
    assertThat(first.locator("#editor-version")).hasText("ฉบับที่ " + (opened + 1));

    second.getByLabel(CONTACT).fill(secondText);
    assertThat(second.locator("#conflict-text")).isVisible();
    assertThat(second.locator("#conflict-text")).containsText("supervision");
    assertThat(second.locator("#editor-save-state")).hasAttribute("data-state", "unsaved");
    assertThat(second.locator("#editor-version")).hasText("ฉบับที่ " + opened);
    // nothing was written over the first window's save
    assertThat(json(id)).contains(firstText).doesNotContain(secondText);

    second.locator("#conflict-compare").click();
    Locator row = second.locator("#conflict-differences .conflict-row");
    assertThat(row).hasCount(1);
    assertThat(row.locator(".conflict-mine")).hasText(secondText);
    assertThat(row.locator(".conflict-theirs")).hasText(firstText);

    second.locator("#conflict-keep-mine").click();
    assertThat(second.locator("#conflict-text")).hasCount(0);
    assertThat(second.locator("#editor-save-state")).hasAttribute("data-state", "saved");
    assertThat(second.locator("#editor-version")).hasText("ฉบับที่ " + (opened + 2));
    assertThat(json(id)).contains(secondText);

    first.reload();
    TidtamBrowser.waitForVaadin(first);
    assertThat(first.getByLabel(CONTACT)).hasValue(secondText);
    assertThat(first.locator("#editor-version")).hasText("ฉบับที่ " + (opened + 2));
    first.context().close();
    second.context().close();
  }

  @Test
  void aSchoolOpeningAnotherSchoolsReportSeesNotFound() {
    long id = demoSubmission("7.3", SCHOOL2);
    Page page = signedIn("school1");

    browser().open(page, "/submissions/" + id);

    assertThat(page.locator("#editor-not-found")).isVisible();
    assertThat(page.locator("#editor-not-found h2")).hasText("ไม่พบรายงาน");
    assertThat(page.locator("#editor-status")).hasCount(0);
    assertThat(page.locator(".tidtam-editor")).hasCount(0);
    assertThat(page.locator("body"))
        .not()
        .containsText(catalog.school(SCHOOL2).orElseThrow().name());
    page.context().close();
  }

  /** On a phone (390 px wide) nothing is wider than the screen and submitting is in reach. */
  @Test
  void myFormsAndTheEditorFitAPhone() {
    long id = demoSubmission("7.3", SCHOOL1);
    Page page = browser().newPage(PHONE_WIDTH, 844);
    browser().signIn(page, "school1");
    waitForPath(page, "/my-forms");
    assertThat(page.locator("#open-" + id)).isVisible();
    assertFitsWidth(page, PHONE_WIDTH);

    page.locator("#open-" + id).click();
    waitForPath(page, "/submissions/" + id);
    TidtamBrowser.waitForVaadin(page);
    assertThat(page.locator(".tidtam-editor")).isVisible();
    assertFitsWidth(page, PHONE_WIDTH);
    Locator submit = page.locator("#editor-submit");
    submit.scrollIntoViewIfNeeded();
    assertThat(submit).isVisible();
    var box = submit.boundingBox();
    assertThat(box.x).isGreaterThanOrEqualTo(0);
    assertThat(box.x + box.width).isLessThanOrEqualTo(PHONE_WIDTH);
    page.context().close();
  }

  /**
   * The follow-up of the 6-month round: the planner sees who has not reported with the contact's
   * phone, sends them a notice, and school1 finds it behind the bell and on its list of forms.
   */
  @Test
  void thePlannerNotifiesTheUnitsThatHaveNotReportedTheSixMonthRound() {
    Page planner = signedIn("planner");
    browser().open(planner, "/follow-up");
    planner.locator("#follow-up-round").click();
    planner
        .locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(Round.ROUND_6M.label().th()))
        .click();
    Locator missing = planner.locator("#follow-up-missing");
    String school1 = catalogs.getObject().school(SCHOOL1).orElseThrow().name();
    assertThat(missing).containsText(school1);
    assertThat(missing).containsText("081-000-0001");

    planner.locator("#follow-up-notify").click();
    assertThat(planner.locator("#notify-units")).containsText(school1);
    String text = "โปรดส่งรายงานรอบ 6 เดือน " + RANDOM.nextInt(1_000_000, 10_000_000);
    planner.locator("#notify-text textarea").fill(text);
    planner.locator("#notify-send").click();
    assertThat(planner.locator("#follow-up-sent")).containsText(school1);
    planner.context().close();

    Page school = signedIn("school1");
    waitForPath(school, "/my-forms");
    assertThat(school.locator("#notice-bell")).isVisible();
    assertThat(school.locator("#notices")).containsText(text);
    school.context().close();
  }

  /** The director opens the dashboard, its charts are drawn, and the memo downloads as Word. */
  @Test
  void theDirectorOpensTheDashboardAndDownloadsTheMemo() throws IOException {
    Page director = signedIn("director");
    browser().open(director, "/dashboard");
    assertThat(director.locator("#dashboard-summary")).containsText("รายงานแล้ว");
    Locator chart = director.locator("#dashboard-completeness-chart");
    chart.scrollIntoViewIfNeeded();
    director.waitForFunction(
        "() => { const i = document.querySelector('#dashboard-completeness-chart');"
            + " return i && i.complete && i.naturalWidth > 0; }");

    Download download = director.waitForDownload(() -> director.locator("#dashboard-memo").click());
    assertThat(download.suggestedFilename()).startsWith("บันทึกข้อความ").endsWith(".docx");
    try (InputStream in = Files.newInputStream(download.path());
        XWPFDocument docx = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("บันทึกข้อความ", "เรียน", "ปีงบประมาณ พ.ศ. 2569");
    }
    director.context().close();
  }

  /**
   * The planner builds the annual report of 2569 in the builder, watches its progress and downloads
   * the Word file, whose table of contents carries page numbers when LibreOffice is installed, and
   * the PDF; once published, anyone sees the public summary without signing in, with no person's
   * name or phone.
   */
  @Test
  void thePlannerBuildsTheAnnualReportAndThePublicSeesItsSummary() throws IOException {
    Page planner = signedIn("planner");
    browser().open(planner, "/reports");
    assertThat(planner.locator("#report-state")).containsText("ยังไม่ได้บันทึก");
    planner.locator("#report-number input").fill("2");
    planner.locator("#report-build").click();
    assertThat(planner.locator("#report-progress")).isVisible();
    assertThat(planner.locator("#report-download-docx"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
    assertThat(planner.locator("#report-stage")).hasText("สร้างรายงานเสร็จแล้ว");

    Download download =
        planner.waitForDownload(() -> planner.locator("#report-download-docx").click());
    assertThat(download.suggestedFilename()).startsWith("รายงานผลการดำเนินงาน").endsWith(".docx");
    try (InputStream in = Files.newInputStream(download.path());
        XWPFDocument docx = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
      String all = text.getText();
      assertThat(all).contains("เอกสารลำดับที่ 2/2569", "สารบัญ", "บทสรุปผู้บริหาร");
      if (org.tidtam.report.TocRefresh.available()) {
        // the contents list the executive summary with the page it is on
        assertThat(all).containsPattern("บทสรุปผู้บริหาร\\t\\d+");
      }
    }
    if (org.tidtam.report.TocRefresh.available()) {
      Download pdf = planner.waitForDownload(() -> planner.locator("#report-download-pdf").click());
      assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    }
    planner.context().close();

    var edition = annualReports.edition(PLANNER, 2569);
    annualReports.publish(PLANNER, 2569, edition.version());
    Page visitor = browser().newPage();
    browser().open(visitor, "/public/report");
    assertThat(visitor.locator("#public-figures")).containsText("สถานศึกษาในสังกัด");
    String page = visitor.locator("#public-report").innerText();
    for (var contact : monitoringPlans.contacts().values()) {
      org.assertj.core.api.Assertions.assertThat(page).doesNotContain(contact.person());
    }
    visitor.context().close();
  }

  /**
   * A school list from Excel with one bad row: the preview names the row and cell, nothing is saved
   * and the confirm button stays off; the fixed file is then saved.
   */
  @Test
  void aSchoolListWithABadRowIsShownAndSavedOnlyOnceFixed() throws IOException {
    List<List<?>> rows = new ArrayList<>();
    for (School s : catalogs.getObject().schools()) {
      rows.add(
          Arrays.asList(
              s.code(),
              s.name(),
              s.district(),
              s.size() == null ? "" : s.size().label().th(),
              s.students() == null ? "" : s.students()));
    }
    rows.add(
        List.of("81019998", "โรงเรียนบ้านทดสอบเบราว์เซอร์", "เมืองกระบี่", "ขนาดเล็ก", "สามร้อย"));
    List<String> headers =
        List.of("รหัสสถานศึกษา", "ชื่อสถานศึกษา", "อำเภอ", "ขนาด", "จำนวนนักเรียน");
    Path bad = dataDir.resolve("schools-bad.xlsx");
    Files.write(bad, Workbooks.xlsx(new Sheet("สถานศึกษา", "", headers, rows)));

    Page planner = signedIn("planner");
    browser().open(planner, "/catalog");
    planner.locator("#catalog-upload input[type=file]").setInputFiles(bad);
    assertThat(planner.locator("#catalog-preview-problems")).containsText("สามร้อย");
    assertThat(planner.locator("#catalog-import-confirm")).isDisabled();
    assertThat(catalogs.getObject().school("81019998")).isEmpty();

    rows.set(
        rows.size() - 1,
        List.of("81019998", "โรงเรียนบ้านทดสอบเบราว์เซอร์", "เมืองกระบี่", "ขนาดเล็ก", 300));
    Path fixed = dataDir.resolve("schools-fixed.xlsx");
    Files.write(fixed, Workbooks.xlsx(new Sheet("สถานศึกษา", "", headers, rows)));
    planner.locator("#catalog-upload input[type=file]").setInputFiles(fixed);
    assertThat(planner.locator("#catalog-import-confirm")).isEnabled();
    planner.locator("#catalog-import-confirm").click();
    assertThat(planner.locator("#catalog-import-message"))
        .hasClass(Pattern.compile(".*catalog-ok-text.*"));
    assertThat(catalogs.getObject().school("81019998")).isPresent();
    planner.context().close();
  }

  // ---- steps

  private Page signedIn(String user) {
    Page page = browser().newPage();
    browser().signIn(page, user);
    return page;
  }

  /** An administrator reopens a submitted or approved submission from the review list. */
  private void reopenAsAdmin(long id) {
    Page admin = signedIn("admin");
    browser().open(admin, "/review");
    admin.locator("#reopen-" + id).click();
    admin.locator("#reopen-confirm").click();
    assertThat(admin.locator("#reopen-" + id)).hasCount(0);
    assertThat(status(id)).isEqualTo(SubmissionStatus.DRAFT);
    admin.context().close();
  }

  /** Types into the field with that label and waits until the editor has saved a new version. */
  private static void typeAndWaitUntilSaved(Page page, Pattern label, String text) {
    int before = version(page);
    page.getByLabel(label).fill(text);
    assertThat(page.locator("#editor-version")).hasText("ฉบับที่ " + (before + 1));
    assertThat(page.locator("#editor-save-state")).hasAttribute("data-state", "saved");
    assertThat(page.locator("#editor-save-state")).containsText("บันทึกแล้ว");
  }

  /** Waits until the page's address has that path (whatever its query string). */
  private static void waitForPath(Page page, String path) {
    try {
      page.waitForURL(url -> URI.create(url).getPath().equals(path));
    } catch (TimeoutError e) {
      throw new AssertionError("expected " + path + ", the page is at " + page.url(), e);
    }
  }

  private static int version(Page page) {
    String text = page.locator("#editor-version").textContent();
    Matcher number = Pattern.compile("(\\d+)").matcher(text);
    if (!number.find()) {
      throw new AssertionError("no version in " + text);
    }
    return Integer.parseInt(number.group(1));
  }

  private static void assertFitsWidth(Page page, int width) {
    Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(scroll.intValue()).as("page width at %d px", width).isLessThanOrEqualTo(width + 1);
  }

  private long demoSubmission(String form, String unit) {
    return submissions.search(form, 2569, Round.ROUND_12M, unit, null).getFirst().id();
  }

  private SubmissionStatus status(long id) {
    return submissions.findById(id).orElseThrow().getStatus();
  }

  private String json(long id) {
    return submissions.findById(id).orElseThrow().getDocument();
  }

  // ---- over HTTP

  @Test
  void apiWithoutCredentialsIs401WithABasicChallenge() throws Exception {
    HttpResponse<String> response = get("/api/submissions", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Basic ");
  }

  @Test
  void aSchoolDoesNotSeeAnotherSchoolsSubmission() throws Exception {
    HttpResponse<String> school2List = get("/api/submissions?form=7.3", "school2");
    assertThat(school2List.statusCode()).isEqualTo(200);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(school2List.body());
    assertThat(id.find()).as("school2 has a 7.3: %s", school2List.body()).isTrue();
    String path = "/api/submissions/" + id.group(1);

    assertThat(get(path, "school2").statusCode()).isEqualTo(200);
    assertThat(get(path, "school1").statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
