package org.tidtam.app.monitoring.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.i18n.Lang;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.ReportingUnit;

/**
 * The reminder list (รายชื่อหน่วยงานที่ยังไม่ส่งรายงาน) of a round: each report not submitted, with
 * the unit, its kind, the form, whom to call (person, phone, e-mail), the due day and how many days
 * it is late. The planner downloads it as Excel or prints it.
 */
public final class Reminders {

  private Reminders() {}

  /** One report not submitted. */
  public record Reminder(
      ReportingUnit unit,
      String formId,
      @Nullable ReportStatus status,
      @Nullable Contact contact,
      LocalDate due,
      int daysLate) {}

  /** The reports of the follow-up not submitted, in its order. */
  public static List<Reminder> of(FollowUpReport report) {
    LocalDate due = report.window().due();
    int late = (int) Math.max(0, ChronoUnit.DAYS.between(due, report.asOf()));
    List<Reminder> out = new ArrayList<>();
    for (FollowUpReport.MissingReport missing : report.missing()) {
      out.add(
          new Reminder(
              missing.unit(),
              missing.formId(),
              missing.status(),
              missing.contact(),
              due,
              missing.late() ? late : 0));
    }
    return out;
  }

  /** The list as one worksheet, headers and status in the language. */
  public static Sheet sheet(FollowUpReport report, Lang lang) {
    boolean th = lang == Lang.TH;
    List<List<?>> rows = new ArrayList<>();
    for (Reminder r : of(report)) {
      Contact c = r.contact();
      rows.add(
          java.util.Arrays.asList(
              r.unit().name().in(lang),
              r.unit().kind().label().in(lang),
              (th ? "แบบ " : "Form ") + r.formId(),
              status(r.status(), lang),
              c == null ? null : c.person(),
              c == null ? null : c.phone(),
              c == null ? null : c.email(),
              r.due(),
              r.daysLate()));
    }
    String round = report.round().label().in(lang);
    return new Sheet(
        th ? "ยังไม่ส่งรายงาน" : "Not submitted",
        th
            ? "รายชื่อหน่วยงานที่ยังไม่ส่งรายงาน" + round + " ปีงบประมาณ " + report.fiscalYear()
            : "Units that have not submitted, " + round + " of fiscal year " + report.fiscalYear(),
        th
            ? List.of(
                "หน่วยงาน",
                "ประเภท",
                "แบบรายงาน",
                "สถานะ",
                "ผู้ประสานงาน",
                "โทรศัพท์",
                "อีเมล",
                "กำหนดส่ง",
                "ล่าช้า (วัน)")
            : List.of(
                "Unit",
                "Kind",
                "Form",
                "Status",
                "Contact person",
                "Phone",
                "E-mail",
                "Due",
                "Days late"),
        rows);
  }

  /** The status of a report not submitted. */
  public static String status(@Nullable ReportStatus status, Lang lang) {
    boolean th = lang == Lang.TH;
    if (status == null) {
      return th ? "ยังไม่เริ่มกรอก" : "Not started";
    }
    return switch (status) {
      case DRAFT -> th ? "ฉบับร่าง" : "Draft";
      case RETURNED -> th ? "ส่งกลับแก้ไข" : "Returned";
      case SUBMITTED -> th ? "ส่งแล้ว" : "Submitted";
      case APPROVED -> th ? "อนุมัติแล้ว" : "Approved";
    };
  }
}
