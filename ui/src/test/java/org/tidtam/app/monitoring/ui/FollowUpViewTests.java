package org.tidtam.app.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import org.tidtam.app.shell.ui.MainLayout;
import org.tidtam.app.submission.ui.ReviewView;

/**
 * The read-only follow-up screen over the demo data (created on 5 Oct 2026, shown on 20 Oct 2026:
 * the figures of {@code MonitoringApiTests}, counted by hand there).
 */
@SpringBootTest
@Import(DemoClock.class)
@ViewPackages(classes = {FollowUpView.class, MainLayout.class, ReviewView.class})
class FollowUpViewTests extends SpringBrowserlessTest {

  @Autowired MovableClock clock;

  @BeforeEach
  void afterTheDueDay() {
    clock.set(ZonedDateTime.of(2026, 10, 20, 9, 0, 0, 0, MovableClock.BANGKOK));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  @WithUserDetails("planner")
  void showsTheFiguresPerFormAndTheMissingReportsWithTheirContact() {
    navigate(FollowUpView.class);

    assertThat(text("follow-up-window"))
        .isEqualTo(
            "ปีงบประมาณ 2569 · เปิดรับ 15 ก.ย. 2569 · กำหนดส่ง 10 ต.ค. 2569 · ปิดรับ 4 ธ.ค. 2569"
                + " · ข้อมูล ณ 20 ต.ค. 2569");
    assertThat(text("follow-up-totals"))
        .isEqualTo(
            "ต้องส่ง 26 · ส่งแล้ว 2 · อนุมัติแล้ว 1 · ส่งกลับแก้ไข 1 · ล่าช้า 24 · ยังไม่ส่ง 24");
    // form, expected, submitted, approved, returned, late, missing
    assertThat(row("follow-up-forms", 0))
        .containsExactly("แบบ 7.1", "10", "0", "0", "0", "10", "10");
    assertThat(row("follow-up-forms", 1)).containsExactly("แบบ 7.2", "4", "1", "0", "0", "3", "3");
    assertThat(row("follow-up-forms", 2))
        .containsExactly("แบบ 7.3", "12", "1", "1", "1", "11", "11");

    assertThat(test(grid("follow-up-missing")).size()).isEqualTo(24);
    assertThat(rows("follow-up-missing"))
        .contains(
            List.of(
                "โรงเรียนวิทยาประชาคม",
                "แบบ 7.3",
                "ส่งกลับแก้ไข",
                "ล่าช้า",
                "นางมาลี ศรีสุข",
                "081-000-0003",
                ""));
    assertThat(test(grid("follow-up-units")).size()).isEqualTo(26);
    assertThat(rows("follow-up-units"))
        .contains(
            List.of(
                "โครงการขับเคลื่อนการอ่านออกเขียนได้",
                "โครงการ",
                "แบบ 7.2",
                "ส่งแล้ว",
                "5 ต.ค. 2569",
                ""));
  }

  @Test
  @WithUserDetails("director")
  void switchesToTheSixMonthRound() {
    navigate(FollowUpView.class);
    @SuppressWarnings("unchecked")
    Select<Object> round = $(Select.class).id("follow-up-round");
    test(round).selectItem("รอบ 6 เดือน");

    // the demo's history of the 6-month round (counted in MonitoringApiTests)
    assertThat(text("follow-up-totals"))
        .isEqualTo(
            "ต้องส่ง 26 · ส่งแล้ว 6 · อนุมัติแล้ว 5 · ส่งกลับแก้ไข 1 · ล่าช้า 22 · ยังไม่ส่ง 20");
    assertThat(rows("follow-up-missing"))
        .contains(
            List.of(
                "โรงเรียนอนุบาลกระบี่",
                "แบบ 7.3",
                "ยังไม่เริ่มกรอก",
                "ล่าช้า",
                "นางสาวพรทิพย์ ใจงาม",
                "081-000-0001",
                ""));
    assertThat(rows("follow-up-units"))
        .contains(
            List.of(
                "โรงเรียนวิทยาประชาคม",
                "โรงเรียน",
                "แบบ 7.3",
                "อนุมัติแล้ว",
                "24 เม.ย. 2569",
                "ล่าช้า"));
  }

  @Test
  @WithUserDetails("school1")
  void isNotShownToReportingStaff() {
    try {
      navigate(FollowUpView.class);
    } catch (RuntimeException refused) {
      // the router refuses the navigation
    }
    assertThat($(FollowUpView.class).exists()).isFalse();
  }

  private String text(String id) {
    return $(Paragraph.class).id(id).getText();
  }

  @SuppressWarnings("unchecked")
  private Grid<Object> grid(String id) {
    return $(Grid.class).id(id);
  }

  private List<String> row(String gridId, int row) {
    var grid = test(grid(gridId));
    List<String> cells = new ArrayList<>();
    for (int column = 0; column < grid(gridId).getColumns().size(); column++) {
      cells.add(grid.getCellText(row, column));
    }
    return cells;
  }

  private List<List<String>> rows(String gridId) {
    List<List<String>> out = new ArrayList<>();
    for (int row = 0; row < test(grid(gridId)).size(); row++) {
      out.add(row(gridId, row));
    }
    return out;
  }
}
