package org.tidtam.app.monitoring.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Round;

/**
 * The demo office's monitoring plan of fiscal year 2569 on the first start of a new database
 * (default profile only; only when the year has no plan, so a restart changes nothing): the 6- and
 * 12-month rounds, each school owing form 7.3, each group 7.1 and each project of the action plan
 * 7.2; four invented projects and the contact persons of a few units.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "tidtam.demo-data", havingValue = "true", matchIfMissing = true)
class DemoPlan implements ApplicationRunner {

  static final int YEAR = 2569;

  private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

  private final MonitoringPlans plans;

  DemoPlan(MonitoringPlans plans) {
    this.plans = plans;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (plans.plan(YEAR).isEmpty()) {
      plans.create(plan());
      log.info("Created the demo monitoring plan of fiscal year {}", YEAR);
    }
    if (plans.contacts().isEmpty()) {
      contacts().forEach(plans::setContact);
    }
  }

  /**
   * Rounds of 2569 (B.E.; C.E. 2026): 6 months open 15 Mar, due 10 Apr, close 30 Apr; 12 months
   * open 15 Sep, due 10 Oct, close 31 Oct.
   */
  static MonitoringPlan plan() {
    Map<UnitKind, String> forms =
        Map.of(UnitKind.SCHOOL, "7.3", UnitKind.GROUP, "7.1", UnitKind.PROJECT, "7.2");
    return new MonitoringPlan(
        YEAR,
        List.of(
            new RoundPlan(
                Round.ROUND_6M,
                new ReportingWindow(
                    LocalDate.of(2026, 3, 15),
                    LocalDate.of(2026, 4, 10),
                    LocalDate.of(2026, 4, 30)),
                forms),
            new RoundPlan(
                Round.ROUND_12M,
                new ReportingWindow(
                    LocalDate.of(2026, 9, 15),
                    LocalDate.of(2026, 10, 10),
                    LocalDate.of(2026, 10, 31)),
                forms)),
        List.of(
            new PlannedProject(
                "KBI-2569-P01", "โครงการพัฒนาระบบติดตามและประเมินผลการดำเนินงาน", "PLAN"),
            new PlannedProject("KBI-2569-P02", "โครงการส่งเสริมการจัดการศึกษาปฐมวัย", "PROMO"),
            new PlannedProject(
                "KBI-2569-P03", "โครงการขับเคลื่อนการอ่านออกเขียนได้", "SUPERVISION"),
            new PlannedProject(
                "KBI-2569-P04", "โครงการพัฒนาครูด้านการจัดการเรียนรู้เชิงรุก", "TEACHER_DEV")),
        List.of());
  }

  /** Invented contacts of the demo units (no real person or number). */
  static Map<String, Contact> contacts() {
    return Map.of(
        "81010001", new Contact("นางสาวพรทิพย์ ใจงาม", "081-000-0001", null),
        "81010002", new Contact("นายวีระ ทองดี", "081-000-0002", null),
        "81010003", new Contact("นางมาลี ศรีสุข", "081-000-0003", null),
        "SUPERVISION", new Contact("นายประสิทธิ์ มั่นคง", "075-000-101", "supervision@example.org"),
        "PLAN", new Contact("นางสาวกมลา แผนดี", "075-000-102", "plan@example.org"));
  }
}
