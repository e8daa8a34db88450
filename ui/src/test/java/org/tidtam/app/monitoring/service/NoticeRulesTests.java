package org.tidtam.app.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tidtam.app.monitoring.DemoClock;
import org.tidtam.app.monitoring.MovableClock;
import org.tidtam.app.notice.domain.Notice;
import org.tidtam.app.notice.service.NoticeException;
import org.tidtam.app.notice.service.Notices;
import org.tidtam.app.security.domain.Actor;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.sheets.Workbooks;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.Round;

/**
 * The rules of notices, whoever calls the service, and the reminder list as Excel (the 6-month
 * round of the demo as of 20 Oct 2026).
 */
@SpringBootTest
@Import(DemoClock.class)
class NoticeRulesTests {

  static final Actor PLANNER = new Actor("planner", Role.PLANNER, null, Lang.TH);
  static final Actor DIRECTOR = new Actor("director", Role.EXECUTIVE, null, Lang.TH);
  static final Actor SCHOOL1 = new Actor("school1", Role.STAFF, "81010001", Lang.TH);
  static final Actor SCHOOL2 = new Actor("school2", Role.STAFF, "81010002", Lang.TH);
  static final Actor SUPERVISION = new Actor("supervision", Role.STAFF, "SUPERVISION", Lang.TH);

  @Autowired Notices notices;
  @Autowired FollowUpService followUps;
  @Autowired MovableClock clock;

  @Test
  void onlyPlannersAndAdministratorsSendAndBadInputIsRefusedAtItsField() {
    var to = List.of(new Notices.Addressee("81010004", "แบบ 7.3"));
    for (Actor refused : List.of(DIRECTOR, SCHOOL1, SUPERVISION)) {
      assertThatThrownBy(() -> notices.send(refused, to, "โปรดส่งรายงาน"))
          .isInstanceOf(NoticeException.NotAllowed.class);
    }
    assertThatThrownBy(() -> notices.send(PLANNER, to, "  "))
        .isInstanceOfSatisfying(
            NoticeException.Invalid.class,
            e -> {
              assertThat(e.field()).isEqualTo("text");
              assertThat(e.text(Lang.TH)).isEqualTo("พิมพ์ข้อความแจ้งเตือน");
            });
    assertThatThrownBy(() -> notices.send(PLANNER, to, "ก".repeat(Notices.MAX_TEXT + 1)))
        .isInstanceOf(NoticeException.Invalid.class);
    assertThatThrownBy(() -> notices.send(PLANNER, List.of(), "โปรดส่งรายงาน"))
        .isInstanceOfSatisfying(
            NoticeException.Invalid.class, e -> assertThat(e.field()).isEqualTo("units"));
    assertThatThrownBy(
            () ->
                notices.send(
                    PLANNER, List.of(new Notices.Addressee("99999999", "x")), "โปรดส่งรายงาน"))
        .isInstanceOf(NoticeException.Invalid.class);
  }

  @Test
  void aUnitSeesAndMarksOnlyItsOwnNoticesWithWhoSentThemAndWhen() {
    clock.set(ZonedDateTime.of(2026, 10, 21, 14, 30, 0, 0, MovableClock.BANGKOK));
    Notice sent =
        notices
            .send(
                PLANNER,
                List.of(new Notices.Addressee("81010002", "แบบ 7.3 รอบ 12 เดือน")),
                "โปรดตรวจสอบรายงานอีกครั้ง")
            .getFirst();
    assertThat(sent.getSentBy()).isEqualTo("planner");
    assertThat(sent.getSentAt()).isEqualTo(clock.instant());

    assertThat(notices.mine(SCHOOL2)).anySatisfy(n -> assertThat(n.id()).isEqualTo(sent.id()));
    assertThat(notices.mine(SCHOOL1)).noneSatisfy(n -> assertThat(n.id()).isEqualTo(sent.id()));
    assertThatThrownBy(() -> notices.markRead(SCHOOL1, sent.id()))
        .isInstanceOf(NoticeException.NotFound.class);

    int unread = notices.unread(SCHOOL2);
    notices.markRead(SCHOOL2, sent.id());
    notices.markRead(SCHOOL2, sent.id());
    assertThat(notices.unread(SCHOOL2)).isEqualTo(unread - 1);
    assertThat(notices.sent(DIRECTOR)).anySatisfy(n -> assertThat(n.id()).isEqualTo(sent.id()));
    assertThatThrownBy(() -> notices.sent(SCHOOL2)).isInstanceOf(NoticeException.NotAllowed.class);
  }

  @Test
  void theReminderListDownloadsAsExcelWithWhomToCallAndTheDaysLate() throws Exception {
    clock.set(ZonedDateTime.of(2026, 10, 20, 9, 0, 0, 0, MovableClock.BANGKOK));
    var report = followUps.followUp(PLANNER, 2569, Round.ROUND_6M);

    byte[] xlsx = Workbooks.xlsx(Reminders.sheet(report, Lang.TH));

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("รายชื่อหน่วยงานที่ยังไม่ส่งรายงานรอบ 6 เดือน ปีงบประมาณ 2569");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("หน่วยงาน");
      // title, blank, headers, then the 20 reports not submitted
      assertThat(sheet.getLastRowNum()).isEqualTo(2 + 20);
      var school1 = sheet.getRow(3);
      assertThat(school1.getCell(0).getStringCellValue()).isEqualTo("โรงเรียนอนุบาลกระบี่");
      assertThat(school1.getCell(1).getStringCellValue()).isEqualTo("โรงเรียน");
      assertThat(school1.getCell(2).getStringCellValue()).isEqualTo("แบบ 7.3");
      assertThat(school1.getCell(4).getStringCellValue()).isEqualTo("นางสาวพรทิพย์ ใจงาม");
      assertThat(school1.getCell(5).getStringCellValue()).isEqualTo("081-000-0001");
      assertThat(school1.getCell(7).getStringCellValue()).isEqualTo("10 เม.ย. 2569");
      // 10 Apr to 20 Oct 2026
      assertThat(school1.getCell(8).getNumericCellValue()).isEqualTo(193.0);
    }
  }
}
