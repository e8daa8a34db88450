package org.tidtam.app.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.TestUsers;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.app.submission.service.NewSubmission;
import org.tidtam.app.submission.service.Outcome;
import org.tidtam.app.submission.service.SubmissionView;
import org.tidtam.app.submission.service.SubmissionWorkflow;
import org.tidtam.app.submission.service.WorkflowException;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.Round;

@SpringBootTest
@ViewPackages(classes = {ReviewView.class, MainLayout.class})
class ReviewViewTests extends SpringBrowserlessTest {

  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);

  @Autowired SubmissionWorkflow workflow;
  @Autowired SubmissionRepository submissions;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired UserDetailsService details;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @WithUserDetails("planner")
  void filtersByFormUnitAndStatusWithinTheCurrentYearAndRound() {
    navigate(ReviewView.class);
    assertThat(rows()).isNotEmpty().allMatch(v -> v.fiscalYear() == 2569);
    assertThat(rows()).allMatch(v -> v.round() == Round.ROUND_12M);
    assertThat(rows()).extracting(SubmissionView::form).contains("7.1", "7.2", "7.3");

    test(select("filter-form")).selectItem("แบบ 7.3");
    assertThat(rows()).isNotEmpty().allMatch(v -> v.form().equals("7.3"));

    test(select("filter-status")).selectItem("อนุมัติแล้ว");
    assertThat(rows())
        .isNotEmpty()
        .allMatch(v -> v.status() == SubmissionStatus.APPROVED)
        .anyMatch(v -> v.unit().equals("81010002"));

    test(unitFilter()).selectItem("โรงเรียนอนุบาลกระบี่");
    assertThat(rows()).isEmpty();
    test(select("filter-status")).selectItem("ฉบับร่าง");
    assertThat(rows()).singleElement().satisfies(v -> assertThat(v.unit()).isEqualTo("81010001"));

    test(select("filter-round")).selectItem("รอบ 6 เดือน");
    assertThat(rows()).isEmpty();
  }

  @Test
  @WithUserDetails("planner")
  void showsUnitFormStatusAndTheChangeInBuddhistEra() {
    navigate(ReviewView.class);
    var grid = test(grid());
    int row = rowOf(submitted("7.2", "SUPERVISION"));

    assertThat(grid.getCellText(row, 0)).isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(grid.getCellText(row, 1)).isEqualTo("แบบ 7.2");
    assertThat(grid.getCellComponent(row, "status").getElement().getText()).isEqualTo("ส่งแล้ว");
    assertThat(grid.getCellText(row, 3)).isEqualTo("supervision");
    assertThat(grid.getCellText(row, 4)).matches("\\d{1,2} \\S+ 25\\d\\d \\d\\d:\\d\\d");
  }

  @Test
  @WithUserDetails("planner")
  void returningNeedsACommentAndTheUnitThenSeesIt() {
    Actor school4 = TestUsers.ensure(users, encoder, "school4", Role.STAFF, "81010004");
    long id = submittedBy(school4, "81010004");
    navigate(ReviewView.class);

    test(button(id, "return-" + id)).click();
    test($(Button.class).id("return-confirm")).click();

    TextArea comment = $(TextArea.class).id("return-comment");
    assertThat(comment.isInvalid()).isTrue();
    assertThat(comment.getErrorMessage()).isEqualTo("ต้องระบุเหตุผลที่ส่งกลับแก้ไข");
    assertThat(workflow.get(PLANNER, id).status()).isEqualTo(SubmissionStatus.SUBMITTED);

    test(comment).setValue("แนบภาพกิจกรรมเพิ่มเติม");
    test($(Button.class).id("return-confirm")).click();

    assertThat(workflow.get(PLANNER, id).status()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(workflow.get(PLANNER, id).returnComment()).isEqualTo("แนบภาพกิจกรรมเพิ่มเติม");
    assertThat(rows())
        .filteredOn(v -> v.id() == id)
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(SubmissionStatus.RETURNED));

    TestUsers.signIn(details, "school4");
    navigate(MyFormsView.class);
    assertThat($(Paragraph.class).withClassName("return-comment").single().getText())
        .isEqualTo("ความเห็นผู้ตรวจ: แนบภาพกิจกรรมเพิ่มเติม");
    assertThat(
            MyFormsViewTests.text(
                $(com.vaadin.flow.component.card.Card.class).id("submission-" + id)))
        .contains("ส่งกลับแก้ไข");
  }

  @Test
  @WithUserDetails("planner")
  void approvingLocksTheSubmission() {
    Actor school6 = TestUsers.ensure(users, encoder, "school6", Role.STAFF, "81010006");
    long id = submittedBy(school6, "81010006");
    navigate(ReviewView.class);

    test(button(id, "approve-" + id)).click();
    test($(ConfirmDialog.class).id("approve-dialog")).confirm();

    assertThat(workflow.get(PLANNER, id).status()).isEqualTo(SubmissionStatus.APPROVED);
    assertThat(actionIds(id)).containsExactly("open-" + id, "download-" + id);
    var stored = workflow.open(school6, id);
    assertThatThrownBy(
            () -> workflow.save(school6, id, stored.view().version(), stored.submission()))
        .isInstanceOf(WorkflowException.WrongStatus.class);
  }

  @Test
  @WithUserDetails("director")
  void theDirectorSeesNoActionAndTheWorkflowRefusesItAnyway() {
    navigate(ReviewView.class);
    long id = submitted("7.2", "SUPERVISION");

    assertThat($(Paragraph.class).id("read-only").getText())
        .isEqualTo("ดูและดาวน์โหลดได้อย่างเดียว");
    for (SubmissionView row : rows()) {
      assertThat(actionIds(row.id())).containsExactly("open-" + row.id(), "download-" + row.id());
    }
    assertThatThrownBy(() -> workflow.approve(DIRECTOR, id))
        .isInstanceOf(WorkflowException.NotAllowed.class);
    assertThatThrownBy(() -> workflow.returnForChanges(DIRECTOR, id, "ไม่ผ่าน"))
        .isInstanceOf(WorkflowException.NotAllowed.class);
    assertThatThrownBy(() -> workflow.reopen(DIRECTOR, approved("81010002"), null))
        .isInstanceOf(WorkflowException.NotAllowed.class);
    assertThat(workflow.get(DIRECTOR, id).status()).isEqualTo(SubmissionStatus.SUBMITTED);
  }

  @Test
  @WithUserDetails("planner")
  void onlyTheAdministratorMayReopenAndTheWorkflowRefusesThePlanner() {
    navigate(ReviewView.class);
    long approved = approved("81010002");

    assertThat(actionIds(approved)).doesNotContain("reopen-" + approved);
    assertThatThrownBy(() -> workflow.reopen(PLANNER, approved, "ผิดพลาด"))
        .isInstanceOf(WorkflowException.NotAllowed.class);
  }

  @Test
  void theAdministratorReopensAnApprovedReportWithAReason() {
    Actor school7 = TestUsers.ensure(users, encoder, "school7", Role.STAFF, "81010007");
    long id = submittedBy(school7, "81010007");
    workflow.approve(PLANNER, id);
    TestUsers.signIn(details, "admin");
    navigate(ReviewView.class);

    test(button(id, "reopen-" + id)).click();
    test($(TextArea.class).id("reopen-comment")).setValue("แก้ไขงบประมาณ");
    test($(Button.class).id("reopen-confirm")).click();

    assertThat(workflow.get(PLANNER, id).status()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(workflow.auditTrail(PLANNER, id).getLast().getComment()).isEqualTo("แก้ไขงบประมาณ");
  }

  @Test
  @WithUserDetails("supervision")
  void groupStaffSeeOnlyTheirGroupsReportsAndCannotApprove() {
    navigate(ReviewView.class);

    assertThat(rows()).isNotEmpty().allMatch(v -> v.unit().equals("SUPERVISION"));
    long id = submitted("7.2", "SUPERVISION");
    assertThat(actionIds(id)).containsExactly("open-" + id, "download-" + id);
  }

  @Test
  @WithUserDetails("planner")
  void downloadsAWordDocumentAndAllApprovedOfAFormAsAZip() {
    navigate(ReviewView.class);
    Anchor zip = $(Anchor.class).id("download-approved");
    assertThat(zip.isEnabled()).isFalse();

    test(select("filter-form")).selectItem("แบบ 7.3");
    zip = $(Anchor.class).id("download-approved");
    assertThat(zip.isEnabled()).isTrue();
    var out = new ByteArrayOutputStream();
    test(zip).download(out);
    List<String> names = new ArrayList<>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(names).contains("แบบ 7.3 โรงเรียนวัดสถิตโพธาราม 2569 รอบ 12 เดือน.docx");

    long id = approved("81010002");
    var docx = new ByteArrayOutputStream();
    test((Anchor) find(id, "download-" + id)).download(docx);
    assertThat(docx.toByteArray()).startsWith('P', 'K');
  }

  // ---- helpers

  private long submittedBy(Actor staff, String unit) {
    Outcome created =
        workflow.create(
            staff, NewSubmission.sample("7.3", new Filing(2569, Round.ROUND_12M, unit)));
    Outcome submitted = workflow.submit(staff, created.view().id(), null);
    assertThat(submitted.hasErrors()).as("%s", submitted.violations()).isFalse();
    return created.view().id();
  }

  private long submitted(String form, String unit) {
    return submissions
        .search(form, 2569, Round.ROUND_12M, unit, SubmissionStatus.SUBMITTED)
        .getFirst()
        .id();
  }

  private long approved(String unit) {
    return submissions
        .search("7.3", 2569, Round.ROUND_12M, unit, SubmissionStatus.APPROVED)
        .getFirst()
        .id();
  }

  @SuppressWarnings("unchecked")
  private Grid<SubmissionView> grid() {
    return $(Grid.class).id("review-grid");
  }

  private List<SubmissionView> rows() {
    return grid().getGenericDataView().getItems().toList();
  }

  @SuppressWarnings("unchecked")
  private Select<Object> select(String id) {
    return $(Select.class).id(id);
  }

  @SuppressWarnings("unchecked")
  private ComboBox<String> unitFilter() {
    return $(ComboBox.class).id("filter-unit");
  }

  private int rowOf(long id) {
    List<SubmissionView> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).id() == id) {
        return i;
      }
    }
    throw new AssertionError("submission " + id + " is not listed");
  }

  private Component actions(long id) {
    return test(grid()).getCellComponent(rowOf(id), "actions");
  }

  private Component find(long id, String componentId) {
    return actions(id)
        .getChildren()
        .filter(c -> c.getId().orElse("").equals(componentId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(componentId + " is not offered"));
  }

  private Button button(long id, String buttonId) {
    return (Button) find(id, buttonId);
  }

  private List<String> actionIds(long id) {
    return actions(id).getChildren().map(c -> c.getId().orElse("")).toList();
  }
}
