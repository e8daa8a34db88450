package org.tidtam.app.monitoring.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tidtam.app.catalog.service.CatalogSeed;
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
 * 7.2; four invented projects (or, for a whole office's demo, the projects of its catalog) and the
 * contact persons of the units. It runs before the demo submissions, which are filed within these
 * windows.
 *
 * <p>The demo's current round is the 12-month round of 2569, and its users submit and approve in it
 * whenever the demo is tried: so the 12-month window closes on the later of 31 Oct 2026 and the
 * 60th day after the day the demo database is created. Its due day stays 10 Oct 2026, so reports
 * submitted after it count as late.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "tidtam.demo-data", havingValue = "true", matchIfMissing = true)
@Order(1)
class DemoPlan implements ApplicationRunner {

  static final int YEAR = 2569;

  /** How long the 12-month round stays open after the demo database is created. */
  static final int DAYS_OPEN_AFTER_CREATION = 60;

  private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

  private final MonitoringPlans plans;
  private final Clock clock;
  private final CatalogSeed seed;

  DemoPlan(MonitoringPlans plans, Clock clock, CatalogSeed seed) {
    this.plans = plans;
    this.clock = clock;
    this.seed = seed;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (plans.plan(YEAR).isEmpty()) {
      MonitoringPlan plan = plan(LocalDate.now(clock));
      // a whole office's demo: the action plan's projects come with its catalog (CatalogSeed)
      plans.create(
          seed.large()
              ? new MonitoringPlan(plan.fiscalYear(), plan.rounds(), List.of(), List.of())
              : plan);
      log.info("Created the demo monitoring plan of fiscal year {}", YEAR);
    }
    if (plans.contacts().isEmpty()) {
      contacts().forEach(plans::setContact);
    }
  }

  /**
   * Rounds of 2569 (B.E.; C.E. 2026): 6 months open 15 Mar, due 10 Apr, close 30 Apr; 12 months
   * open 15 Sep, due 10 Oct, close on the later of 31 Oct and 60 days after {@code created}.
   *
   * @param created the day the demo database is created
   */
  static MonitoringPlan plan(LocalDate created) {
    LocalDate closes = LocalDate.of(2026, 10, 31);
    LocalDate open = created.plusDays(DAYS_OPEN_AFTER_CREATION);
    if (open.isAfter(closes)) {
      closes = open;
    }
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
                new ReportingWindow(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 10), closes),
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
    return Map.ofEntries(
        Map.entry("81010001", new Contact("นางสาวพรทิพย์ ใจงาม", "081-000-0001", null)),
        Map.entry("81010002", new Contact("นายวีระ ทองดี", "081-000-0002", null)),
        Map.entry("81010003", new Contact("นางมาลี ศรีสุข", "081-000-0003", null)),
        Map.entry("81010007", new Contact("นายสมชาย ใจดี", "081-000-0007", "school7@example.org")),
        Map.entry("81010008", new Contact("นางสาวอรุณี แสงทอง", "081-000-0008", null)),
        Map.entry(
            "SUPERVISION",
            new Contact("นายประสิทธิ์ มั่นคง", "075-000-101", "supervision@example.org")),
        Map.entry("PLAN", new Contact("นางสาวกมลา แผนดี", "075-000-102", "plan@example.org")),
        Map.entry("PROMO", new Contact("นางวันดี สุขใจ", "075-000-103", "promo@example.org")));
  }
}
