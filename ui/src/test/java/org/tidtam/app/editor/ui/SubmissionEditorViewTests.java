package org.tidtam.app.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.tidtam.app.editor.FormEditor;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.submission.domain.AuditAction;
import org.tidtam.app.submission.domain.AuditEntry;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.SubmissionFilter;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.Round;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page of one stored submission, driven as the demo users in their own browser windows: the
 * draft saves itself, problems show at their fields and in the panel, the status moves by role, a
 * second writer gets the conflict dialog, and another unit's submission is not found.
 */
@SpringBootTest
class SubmissionEditorViewTests {

  static final Actor SUPERVISION = new Actor("supervision", Role.STAFF, "SUPERVISION", Lang.TH);
  static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Lang.TH);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final TestClock CLOCK = new TestClock(Instant.parse("2026-09-30T03:00:00Z"));

  @TestBean Clock clock;

  static Clock clock() {
    return CLOCK;
  }

  @Autowired ApplicationContext spring;
  @Autowired SubmissionWorkflow workflow;
  @Autowired SubmissionRepository rows;
  @Autowired org.tidtam.app.security.service.UserSettings settings;

  SecuredBrowserlessApplicationContext<Authentication> app;

  @BeforeEach
  void start() {
    app = SpringBrowserlessApplicationContext.createSecured(spring, SubmissionEditorView.class);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  // ---- autosave

  @Test
  void savesTheDraftTwoSecondsAfterTheLastChange() {
    long id = toyDraft();
    long before = row(id).getVersion();
    var w = open("supervision", Role.STAFF, id);

    type(w, "unitName", "กลุ่มนิเทศ (แก้ไข)");
    assertThat(state(w)).isEqualTo("กำลังบันทึก…");
    assertThat(w.getUI().getPollInterval()).isPositive();

    CLOCK.advance(Duration.ofSeconds(1));
    poll(w);
    assertThat(row(id).getVersion()).as("not yet: the user may still be typing").isEqualTo(before);

    CLOCK.advance(Duration.ofSeconds(2));
    poll(w);
    StoredSubmission saved = row(id);
    assertThat(saved.getVersion()).isGreaterThan(before);
    assertThat(data(saved).get("unitName").asString()).isEqualTo("กลุ่มนิเทศ (แก้ไข)");
    assertThat(saved.getChangedBy()).isEqualTo("supervision");
    assertThat(state(w)).startsWith("บันทึกแล้ว ").endsWith(" น.");
    assertThat(text(w, "editor-version")).contains(String.valueOf(saved.getVersion()));
    assertThat(w.getUI().getPollInterval()).as("nothing more to save").isEqualTo(-1);
  }

  @Test
  void savesWhenTheUserLeavesThePage() {
    long id = toyDraft();
    long other = toyDraft();
    var w = open("supervision", Role.STAFF, id);

    type(w, "note", "บันทึกก่อนออกจากหน้า");
    w.navigate("submissions/" + other, SubmissionEditorView.class);

    assertThat(data(row(id)).get("note").asString()).isEqualTo("บันทึกก่อนออกจากหน้า");
  }

  @Test
  void savesWhenThePageIsClosed() {
    long id = toyDraft();
    var w = open("supervision", Role.STAFF, id);

    type(w, "note", "แท็บถูกปิด");
    // what Vaadin does when the browser stops answering: the UI leaves the session
    UI ui = w.getUI();
    ui.getSession().removeUI(ui);

    assertThat(data(row(id)).get("note").asString()).isEqualTo("แท็บถูกปิด");
  }

  // ---- problems

  @Test
  void showsAnInvalidValueAtItsFieldAndTableCellListsItAndRefusesSubmission() {
    long id = toyDraft();
    var w = open("supervision", Role.STAFF, id);
    FormEditor editor = editor(w);

    setValue(editor.fieldAt("participants").orElseThrow(), -5);
    type(w, "activities[1].spent", "-100");
    assertThat(invalid(editor, "participants")).isTrue();
    assertThat(invalid(editor, "activities[1].spent")).isTrue();

    CLOCK.advance(Duration.ofSeconds(3));
    poll(w);
    JsonNode saved = data(row(id));
    assertThat(saved.get("participants").asInt()).as("a draft keeps wrong values").isEqualTo(-5);
    assertThat(saved.get("activities").get(1).get("spent").decimalValue())
        .isEqualByComparingTo("-100");
    assertThat(problemPaths(w)).contains("participants", "activities[1].spent");

    click(w, "editor-submit");

    assertThat(row(id).getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(w.find(Button.class).withId("editor-submit").exists()).isTrue();
    assertThat(problemPaths(w)).contains("participants", "activities[1].spent");
  }

  @Test
  void aProblemInThePanelTakesTheUserToItsField() {
    long id = toyDraft();
    var w = open("supervision", Role.STAFF, id);
    type(w, "unitName", "");
    CLOCK.advance(Duration.ofSeconds(3));
    poll(w);

    Button link =
        w.find(Button.class).withClassName("problems-link").all().stream()
            .filter(b -> "unitName".equals(b.getElement().getAttribute("data-path")))
            .findFirst()
            .orElseThrow();
    assertThat(link.getText()).contains("ชื่อหน่วยงาน");
    w.test(link).click();
  }

  // ---- status moves

  @Test
  void submitsAValidDraftWhichThenIsReadOnly() {
    long id = toyDraft();
    var w = open("supervision", Role.STAFF, id);
    type(w, "note", "พร้อมส่ง");

    click(w, "editor-submit");

    StoredSubmission saved = row(id);
    assertThat(saved.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
    assertThat(data(saved).get("note").asString()).isEqualTo("พร้อมส่ง");
    assertThat(editor(w).isReadOnly()).isTrue();
    assertThat(text(w, "editor-status")).isEqualTo("ส่งแล้ว");
    assertThat(w.find(Button.class).withId("editor-submit").exists()).isFalse();
  }

  @Test
  void aReviewerReturnsWithACommentThatTheFillerSees() {
    long id = toyDraft();
    workflow.submit(SUPERVISION, id, null);
    var reviewer = open("planner", Role.PLANNER, id);
    assertThat(editor(reviewer).isReadOnly()).isTrue();

    click(reviewer, "editor-return");
    click(reviewer, "editor-return-confirm");
    TextArea comment = reviewer.find(TextArea.class).withId("editor-return-comment").single();
    assertThat(comment.isInvalid()).as("a comment is required").isTrue();
    assertThat(row(id).getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
    reviewer.test(comment).setValue("โปรดแนบหลักฐานการใช้จ่าย");
    click(reviewer, "editor-return-confirm");
    assertThat(row(id).getStatus()).isEqualTo(SubmissionStatus.RETURNED);

    var filler = open("supervision", Role.STAFF, id);
    assertThat(text(filler, "editor-return-note")).contains("โปรดแนบหลักฐานการใช้จ่าย");
    assertThat(editor(filler).isReadOnly()).isFalse();
    assertThat(filler.find(Button.class).withId("editor-submit").exists()).isTrue();
  }

  @Test
  void approvedIsReadOnlyAndOnlyTheAdministratorReopens() {
    long id = toyDraft();
    workflow.submit(SUPERVISION, id, null);
    var reviewer = open("planner", Role.PLANNER, id);
    assertThat(reviewer.find(Button.class).withId("editor-reopen").exists()).isFalse();

    click(reviewer, "editor-approve");

    assertThat(row(id).getStatus()).isEqualTo(SubmissionStatus.APPROVED);
    var filler = open("supervision", Role.STAFF, id);
    assertThat(editor(filler).isReadOnly()).isTrue();
    assertThat(filler.find(Button.class).withId("editor-submit").exists()).isFalse();
    assertThat(filler.find(Button.class).withId("editor-save").exists()).isFalse();
    assertThat(filler.find(Button.class).withId("editor-reopen").exists()).isFalse();
    var word = new ByteArrayOutputStream();
    filler.test(filler.find(Anchor.class).withId("editor-download").single()).download(word);
    assertThat(new String(word.toByteArray(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(workflow.auditTrail(ADMIN, id).getLast().getAction())
        .isEqualTo(AuditAction.DOWNLOAD);

    var admin = open("admin", Role.ADMIN, id);
    click(admin, "editor-reopen");
    click(admin, "editor-reopen-confirm");
    assertThat(row(id).getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(editor(admin).isReadOnly()).isFalse();
  }

  // ---- conflicts

  @Test
  void theSecondWriterGetsTheConflictDialogAndAutosaveWaits() {
    long id = toyDraft();
    var first = open("supervision", Role.STAFF, id);
    var second = open("planner", Role.PLANNER, id);

    type(first, "unitName", "ของคนแรก");
    type(second, "note", "ของคนที่สอง");
    CLOCK.advance(Duration.ofSeconds(3));
    poll(first);
    long theirs = row(id).getVersion();
    poll(second);

    Dialog dialog = second.find(Dialog.class).withId("conflict-dialog").single();
    assertThat(dialog.isOpened()).isTrue();
    assertThat(text(second, "conflict-text"))
        .contains("มีผู้อื่นบันทึกแบบฟอร์มนี้ก่อนคุณ")
        .contains("supervision");
    assertThat(second.getUI().getPollInterval()).isEqualTo(-1);
    CLOCK.advance(Duration.ofSeconds(3));
    poll(second);
    assertThat(row(id).getVersion()).as("no autosave while the dialog is open").isEqualTo(theirs);
    assertThat(data(row(id)).get("unitName").asString()).isEqualTo("ของคนแรก");
  }

  @Test
  void keepMineSavesMineOverTheirsAsANewAuditedVersion() {
    long id = toyDraft();
    var second = conflictOn(id);
    long theirs = row(id).getVersion();

    click(second, "conflict-keep-mine");

    StoredSubmission saved = row(id);
    assertThat(saved.getVersion()).isGreaterThan(theirs);
    assertThat(data(saved).get("note").asString()).isEqualTo("ของคนที่สอง");
    assertThat(data(saved).get("unitName").asString())
        .as("mine is the whole document as I had it")
        .isNotEqualTo("ของคนแรก");
    assertThat(second.find(Dialog.class).withId("conflict-dialog").exists()).isFalse();
    assertThat(editor(second).isDirty()).isFalse();
    List<AuditEntry> trail = workflow.auditTrail(ADMIN, id);
    assertThat(trail.getLast().getAction()).isEqualTo(AuditAction.SAVE);
    assertThat(trail.getLast().getUsername()).isEqualTo("planner");
  }

  @Test
  void takeTheirsAsksFirstThenReloadsTheirs() {
    long id = toyDraft();
    var second = conflictOn(id);
    long theirs = row(id).getVersion();

    click(second, "conflict-take-theirs");
    assertThat(editor(second).isDirty()).as("nothing is dropped before confirming").isTrue();
    assertThat(second.find(Button.class).withId("conflict-take-theirs-confirm").exists()).isTrue();
    click(second, "conflict-take-theirs-confirm");

    FormEditor reloaded = editor(second);
    assertThat(reloaded.isDirty()).isFalse();
    assertThat(value(reloaded, "unitName")).isEqualTo("ของคนแรก");
    assertThat(value(reloaded, "note")).isNotEqualTo("ของคนที่สอง");
    assertThat(row(id).getVersion()).isEqualTo(theirs);
    assertThat(second.find(Dialog.class).withId("conflict-dialog").exists()).isFalse();
  }

  @Test
  void compareListsTheFieldsThatDiffer() {
    long id = toyDraft();
    var first = open("supervision", Role.STAFF, id);
    var second = open("planner", Role.PLANNER, id);
    type(first, "unitName", "ของคนแรก");
    type(first, "reportDate", "01/10/2569");
    type(second, "note", "ของคนที่สอง");
    CLOCK.advance(Duration.ofSeconds(3));
    poll(first);
    poll(second);

    click(second, "conflict-compare");

    List<Div> rows = second.find(Div.class).withClassName("conflict-row").all();
    assertThat(rows)
        .extracting(r -> r.getElement().getAttribute("data-path"))
        .containsExactlyInAnyOrder("unitName", "reportDate", "note");
    assertThat(row(rows, "unitName")).contains("ชื่อหน่วยงาน").contains("ของคนแรก");
    assertThat(row(rows, "reportDate"))
        .as("dates in the Buddhist era")
        .contains("15/09/2569")
        .contains("01/10/2569");
    assertThat(row(rows, "note")).contains("ของคนที่สอง");
    assertThat(second.find(Dialog.class).withId("conflict-dialog").single().isOpened()).isTrue();
  }

  private static String row(List<Div> rows, String path) {
    return rows.stream()
        .filter(r -> path.equals(r.getElement().getAttribute("data-path")))
        .findFirst()
        .orElseThrow()
        .getElement()
        .getTextRecursively();
  }

  @Test
  void leavingWhileSomeoneElseSavedFirstWaitsForTheConflictToBeSettled() {
    long id = toyDraft();
    long other = toyDraft();
    var first = open("supervision", Role.STAFF, id);
    var second = open("planner", Role.PLANNER, id);
    type(first, "unitName", "ของคนแรก");
    CLOCK.advance(Duration.ofSeconds(3));
    poll(first);
    type(second, "note", "ก่อนออกจากหน้า");

    second.navigate("submissions/" + other, SubmissionEditorView.class);

    assertThat(second.find(Dialog.class).withId("conflict-dialog").exists()).isTrue();
    assertThat(value(editor(second), "note")).as("still on the page").isEqualTo("ก่อนออกจากหน้า");
    click(second, "conflict-keep-mine");
    assertThat(data(row(id)).get("note").asString()).isEqualTo("ก่อนออกจากหน้า");
    assertThat(editor(second).isDirty()).isFalse();
    assertThat(value(editor(second), "note"))
        .as("then on the next page")
        .isNotEqualTo("ก่อนออกจากหน้า");
  }

  /** Two writers: the first saves, the second's save meets the conflict. */
  private BrowserlessUIContext conflictOn(long id) {
    var first = open("supervision", Role.STAFF, id);
    var second = open("planner", Role.PLANNER, id);
    type(first, "unitName", "ของคนแรก");
    type(second, "note", "ของคนที่สอง");
    CLOCK.advance(Duration.ofSeconds(3));
    poll(first);
    poll(second);
    assertThat(second.find(Dialog.class).withId("conflict-dialog").exists()).isTrue();
    return second;
  }

  // ---- who sees what

  @Test
  void anotherUnitsSubmissionIsNotFound() {
    long school2 =
        workflow
            .search(ADMIN, new SubmissionFilter("7.3", 2569, Round.ROUND_12M, "81010002", null))
            .getFirst()
            .id();

    var w = open("school1", Role.STAFF, school2);

    assertThat(text(w, "editor-not-found")).contains("ไม่พบรายงาน");
    assertThat(w.find(FormEditor.class).exists()).isFalse();
    assertThat(w.find(H1.class).exists()).as("not even the form's title").isFalse();
  }

  @Test
  void anUnknownOrNonNumericIdIsNotFound() {
    var w = app.newUser("school1", Role.STAFF.name()).newWindow();
    w.getUI().setLocale(Lang.TH.locale());
    for (String id : List.of("abc", "999999", "-1")) {
      w.navigate("submissions/" + id, SubmissionEditorView.class);
      assertThat(text(w, "editor-not-found")).as(id).contains("ไม่พบรายงาน");
    }
  }

  @Test
  void speaksEnglishWhenTheLocaleIsEnglish() {
    long id = toyDraft();
    // the page speaks the signed-in user's own language, kept with the user
    settings.changeLanguage(SUPERVISION, Lang.EN);
    try {
      englishPage(id);
    } finally {
      settings.changeLanguage(SUPERVISION, Lang.TH);
    }
  }

  private void englishPage(long id) {
    var w = app.newUser("supervision", Role.STAFF.name()).newWindow();
    w.getUI().setLocale(Locale.ENGLISH);
    w.navigate("submissions/" + id, SubmissionEditorView.class);

    assertThat(w.find(H1.class).single().getText()).isEqualTo("Toy form (tests only)");
    assertThat(w.find(Button.class).withId("editor-submit").single().getText()).isEqualTo("Submit");
    assertThat(state(w)).startsWith("Saved at ");
    assertThat(text(w, "editor-changed")).startsWith("Last changed by supervision");
    assertThat(text(w, "editor-status")).isEqualTo("Draft");
  }

  @Test
  void datesAreInTheBuddhistEra() {
    Instant at = Instant.parse("2026-12-05T07:02:00Z");
    assertThat(SubmissionEditorView.when(at, Lang.TH)).isEqualTo("5 ธ.ค. 2569 14:02 น.");
    assertThat(SubmissionEditorView.when(at, Lang.EN)).isEqualTo("5 Dec 2569 B.E. 14:02");
  }

  // ---- helpers

  private long toyDraft() {
    return workflow
        .create(
            SUPERVISION,
            NewSubmission.sample("toy", new Filing(2569, Round.ROUND_12M, "SUPERVISION")))
        .view()
        .id();
  }

  private BrowserlessUIContext open(String user, Role role, long id) {
    var w = app.newUser(user, role.name()).newWindow();
    w.getUI().setLocale(Lang.TH.locale());
    w.navigate("submissions/" + id, SubmissionEditorView.class);
    return w;
  }

  private StoredSubmission row(long id) {
    return rows.findById(id).orElseThrow();
  }

  private static JsonNode data(StoredSubmission row) {
    return JSON.readTree(row.getDocument()).get("data");
  }

  private static FormEditor editor(BrowserlessUIContext w) {
    w.activate();
    return w.find(FormEditor.class).single();
  }

  private static void type(BrowserlessUIContext w, String path, String text) {
    FormEditor editor = editor(w);
    Component field = editor.fieldAt(path).orElseThrow();
    setValue(field, text);
  }

  @SuppressWarnings("unchecked")
  private static void setValue(Component field, Object value) {
    ((HasValue<?, Object>) field).setValue(value);
  }

  private static @org.jspecify.annotations.Nullable Object value(FormEditor editor, String path) {
    return ((HasValue<?, ?>) editor.fieldAt(path).orElseThrow()).getValue();
  }

  private static boolean invalid(FormEditor editor, String path) {
    return ((HasValidation) editor.fieldAt(path).orElseThrow()).isInvalid();
  }

  private static void poll(BrowserlessUIContext w) {
    w.activate();
    UI ui = w.getUI();
    ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
  }

  private static void click(BrowserlessUIContext w, String id) {
    w.activate();
    w.test(w.find(Button.class).withId(id).single()).click();
  }

  private static String state(BrowserlessUIContext w) {
    return text(w, "editor-save-state");
  }

  private static String text(BrowserlessUIContext w, String id) {
    w.activate();
    return w.find(Component.class).withId(id).single().getElement().getTextRecursively();
  }

  private static List<String> problemPaths(BrowserlessUIContext w) {
    w.activate();
    Div panel = w.find(Div.class).withId("problems-panel").single();
    return w.find(Button.class, panel).withClassName("problems-link").all().stream()
        .map(b -> b.getElement().getAttribute("data-path"))
        .toList();
  }

  /** A clock the tests move forward, so that "two seconds later" needs no waiting. */
  static final class TestClock extends Clock {
    private final AtomicReference<Instant> now;

    TestClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
