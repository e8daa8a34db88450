package org.tidtam.app.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.catalog.service.CatalogAdmin;
import org.tidtam.app.catalog.service.CatalogEntry;
import org.tidtam.app.catalog.service.CatalogList;
import org.tidtam.app.catalog.service.CatalogStore;
import org.tidtam.app.catalog.service.ImportPreview;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.app.sheets.Workbooks;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.ui.ReviewView;
import org.tidtam.i18n.Lang;

@SpringBootTest
@ViewPackages(classes = {CatalogView.class, MainLayout.class, ReviewView.class})
class CatalogViewTests extends SpringBrowserlessTest {

  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);

  @Autowired CatalogStore store;
  @Autowired CatalogAdmin admin;

  private final List<String> added = new ArrayList<>();

  @AfterEach
  void removeWhatTheTestAdded() {
    added.forEach(code -> admin.delete(PLANNER, CatalogList.SCHOOLS, 0, code));
  }

  @Test
  @WithUserDetails("planner")
  void listsTheSchoolsUnderAThaiHeading() {
    navigate(CatalogView.class);

    assertThat($(H2.class).first().getText()).isEqualTo("ข้อมูลพื้นฐาน");
    assertThat($(Tab.class).all())
        .extracting(Tab::getLabel)
        .containsExactly(
            "สถานศึกษา",
            "กลุ่มในสำนักงาน",
            "นโยบาย",
            "กลยุทธ์ สพป.",
            "ตัวชี้วัด",
            "โครงการตามแผนปฏิบัติการ");
    assertThat(items().getGenericDataView().getItems().map(CatalogEntry::code))
        .containsExactlyElementsOf(store.current().schools().stream().map(s -> s.code()).toList());
    assertThat(items().getColumnByKey("code").getHeaderText()).isEqualTo("รหัสสถานศึกษา");
  }

  @Test
  @WithUserDetails("planner")
  void anUploadedSchoolListWithABadRowShowsThatRowAndSavesNothingUntilItIsFixed() {
    navigate(CatalogView.class);
    List<List<?>> rows = new ArrayList<>();
    store.current().schools().forEach(s -> rows.add(List.of(s.code(), s.name(), s.district())));
    rows.add(List.of("81019997", "โรงเรียนบ้านนำเข้า", "อำเภอที่ไม่มี"));
    List<String> headers = List.of("รหัสสถานศึกษา", "ชื่อสถานศึกษา", "อำเภอ");

    upload("schools.xlsx", Workbooks.xlsx(new Sheet("s", "", headers, rows)));

    assertThat(text("catalog-preview-state")).startsWith("พบข้อผิดพลาด 1 รายการ ยังไม่ได้บันทึก");
    Grid<ImportPreview.Problem> problems = grid("catalog-preview-problems");
    ImportPreview.Problem problem =
        problems.getGenericDataView().getItems().findFirst().orElseThrow();
    assertThat(problem.row()).isEqualTo(rows.size() + 1);
    assertThat(problem.column()).isEqualTo("อำเภอ");
    assertThat(problem.message().in(Lang.TH)).startsWith("ไม่รู้จักอำเภอ \"อำเภอที่ไม่มี\"");
    Grid<ImportPreview.Row> previewRows = grid("catalog-preview-rows");
    ImportPreview.Row bad = previewRows.getGenericDataView().getItems().toList().getLast();
    assertThat(previewRows.getPartNameGenerator().apply(bad)).isEqualTo("catalog-error");
    assertThat(button("catalog-import-confirm").isEnabled()).isFalse();
    assertThat(store.current().school("81019997")).isEmpty();

    rows.set(rows.size() - 1, List.of("81019997", "โรงเรียนบ้านนำเข้า", "ลำทับ"));
    upload("schools.xlsx", Workbooks.xlsx(new Sheet("s", "", headers, rows)));

    assertThat(text("catalog-preview-summary")).contains("ใหม่ 1");
    assertThat(button("catalog-import-confirm").isEnabled()).isTrue();
    added.add("81019997");
    test(button("catalog-import-confirm")).click();

    assertThat(text("catalog-import-message")).startsWith("บันทึกแล้ว: ใหม่ 1");
    assertThat(store.current().school("81019997")).isPresent();
    assertThat(items().getGenericDataView().getItems().map(CatalogEntry::code))
        .contains("81019997");
  }

  @Test
  @WithUserDetails("planner")
  void aFileOverTheLimitIsRefusedWithAThaiMessage() {
    navigate(CatalogView.class);

    upload("big.csv", new byte[6 * 1024 * 1024]);

    assertThat(text("catalog-import-message")).startsWith("ไฟล์ใหญ่เกิน 5 MB");
    assertThat($(Grid.class).withId("catalog-preview-rows").exists()).isFalse();
  }

  @Test
  @WithUserDetails("planner")
  void anItemAddedOnTheScreenShowsItsErrorAtTheFieldAndIsSavedOnceRight() {
    navigate(CatalogView.class);
    test(button("catalog-add")).click();

    test($(TextField.class).id("catalog-field-code")).setValue("81019996");
    test($(TextField.class).id("catalog-field-name")).setValue("โรงเรียนบ้านเพิ่มใหม่");
    test($(TextField.class).id("catalog-field-district")).setValue("ลำทับ");
    test($(TextField.class).id("catalog-field-students")).setValue("สามสิบ");
    test(button("catalog-dialog-save")).click();

    TextField students = $(TextField.class).id("catalog-field-students");
    assertThat(students.isInvalid()).isTrue();
    assertThat(students.getErrorMessage())
        .isEqualTo("\"สามสิบ\" ไม่ใช่จำนวนเต็ม ให้กรอกเป็นตัวเลข เช่น 415");
    assertThat(store.current().school("81019996")).isEmpty();

    test(students).setValue("๓๐");
    added.add("81019996");
    test(button("catalog-dialog-save")).click();

    assertThat(store.current().school("81019996"))
        .hasValueSatisfying(s -> assertThat(s.students()).isEqualTo(30));
    assertThat(items().getGenericDataView().getItems().map(CatalogEntry::code))
        .contains("81019996");
  }

  @Test
  @WithUserDetails("planner")
  void aSchoolThatFiledAReportIsRetiredNotDeleted() {
    navigate(CatalogView.class);

    rowButton("81010002", "catalog-delete-81010002").click();
    assertThat(store.current().school("81010002")).isPresent();

    rowButton("81010002", "catalog-retire-81010002").click();
    assertThat(store.current().school("81010002")).isEmpty();
    assertThat(
            items()
                .getGenericDataView()
                .getItems()
                .filter(e -> e.code().equals("81010002"))
                .findFirst()
                .orElseThrow()
                .retired())
        .isTrue();

    Button restore = rowButton("81010002", "catalog-retire-81010002");
    assertThat(restore.getText()).isEqualTo("นำกลับมาใช้");
    restore.click();
    assertThat(store.current().school("81010002")).isPresent();
  }

  /** A button of an item's row in the list. */
  private Button rowButton(String code, String id) {
    List<CatalogEntry> rows = items().getGenericDataView().getItems().toList();
    int row =
        rows.indexOf(rows.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow());
    Div cell = (Div) test(items()).getCellComponent(row, "actions");
    return cell.getChildren()
        .filter(c -> id.equals(c.getId().orElse("")))
        .map(Button.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @WithUserDetails("school1")
  void aSchoolsStaffCannotOpenTheCatalog() {
    assertThatThrownBy(() -> navigate(CatalogView.class)).isNotNull();
  }

  private void upload(String name, byte[] bytes) {
    test($(Upload.class).id("catalog-upload")).upload(name, "application/octet-stream", bytes);
    roundTrip();
  }

  private String text(String id) {
    return $(Paragraph.class).id(id).getText();
  }

  private Button button(String id) {
    return $(Button.class).id(id);
  }

  @SuppressWarnings("unchecked")
  private <T> Grid<T> grid(String id) {
    return $(Grid.class).id(id);
  }

  private Grid<CatalogEntry> items() {
    return grid("catalog-items");
  }

  @SuppressWarnings("unused")
  private Tabs tabs() {
    return $(Tabs.class).id("catalog-tabs");
  }
}
