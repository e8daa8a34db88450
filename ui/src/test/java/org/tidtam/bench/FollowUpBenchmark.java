package org.tidtam.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.School;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.ExpectedSubmission;
import org.tidtam.monitoring.FollowUp;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.SubmissionFact;
import org.tidtam.monitoring.UnitKind;

/**
 * The dashboard's figures of a fiscal year, warm and on one thread: the follow-up of both rounds of
 * a plan for 210 schools, 10 groups and 60 projects (280 reports expected per round), from the
 * facts of about 1,000 stored submissions (a mix of every status, some late, some duplicates, some
 * of another year), with a contact for every unit. Run with {@code ./mvnw -B -ntp -Pbench -pl ui
 * -am -DskipTests verify -Djmh.include=FollowUpBenchmark}. Target: 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms256m", "-Xmx256m"})
@Threads(1)
public class FollowUpBenchmark {

  static final int SCHOOLS = 210;
  static final int GROUPS = 10;
  static final int PROJECTS = 60;
  static final int YEAR = 2569;

  private Catalog catalog;
  private MonitoringPlan plan;
  private List<SubmissionFact> facts;
  private Function<String, Optional<Contact>> contacts;
  private LocalDate asOf;

  @Setup
  public void setUp() {
    List<OrgGroup> groups = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      groups.add(new OrgGroup("G" + g, LocalizedText.of("กลุ่มที่ " + g, "Group " + g)));
    }
    List<School> schools = new ArrayList<>();
    for (int s = 0; s < SCHOOLS; s++) {
      schools.add(
          new School(String.valueOf(81010000 + s), "โรงเรียนที่ " + s, "เมืองกระบี่", null, null));
    }
    Catalog demo = Catalog.demoCatalog();
    catalog =
        new Catalog(
            demo.office(),
            true,
            List.of(YEAR),
            groups,
            schools,
            List.of("เมืองกระบี่"),
            demo.policies(),
            demo.strategies(),
            demo.indicators());
    List<PlannedProject> projects = new ArrayList<>();
    for (int p = 0; p < PROJECTS; p++) {
      projects.add(new PlannedProject("P" + p, "โครงการที่ " + p, "G" + (p % GROUPS)));
    }
    plan = MonitoringPlan.usual(YEAR, projects);
    facts = new ArrayList<>();
    int i = 0;
    for (ExpectedSubmission expected : plan.expected(catalog)) {
      LocalDate due = plan.round(expected.round()).orElseThrow().window().due();
      String project = expected.unit().kind() == UnitKind.PROJECT ? expected.unit().code() : null;
      // statuses in turn: approved, submitted, submitted late, returned, draft, none
      switch (i++ % 6) {
        case 0 -> facts.add(fact(expected, project, ReportStatus.APPROVED, due.minusDays(3)));
        case 1 -> facts.add(fact(expected, project, ReportStatus.SUBMITTED, due));
        case 2 -> facts.add(fact(expected, project, ReportStatus.SUBMITTED, due.plusDays(4)));
        case 3 -> facts.add(fact(expected, project, ReportStatus.RETURNED, due.minusDays(1)));
        case 4 -> facts.add(fact(expected, project, ReportStatus.DRAFT, null));
        default -> {
          // never started
        }
      }
      // a second copy of every fourth report, and a report of the year before
      if (i % 4 == 0) {
        facts.add(fact(expected, project, ReportStatus.DRAFT, null));
        facts.add(
            new SubmissionFact(
                expected.formId(),
                YEAR - 1,
                expected.round(),
                expected.unit().filingUnit(),
                project,
                ReportStatus.APPROVED,
                due.minusYears(1)));
      }
    }
    Map<String, Contact> byUnit = new HashMap<>();
    for (School school : schools) {
      byUnit.put(school.code(), new Contact("ผู้ประสานงาน " + school.code(), "081-000-0000", null));
    }
    for (OrgGroup group : groups) {
      byUnit.put(group.code(), new Contact("ผู้ประสานงาน " + group.code(), "075-000-000", null));
    }
    contacts = code -> Optional.ofNullable(byUnit.get(code));
    asOf = LocalDate.of(2026, 10, 20);
  }

  private static SubmissionFact fact(
      ExpectedSubmission expected, String project, ReportStatus status, LocalDate submittedOn) {
    return new SubmissionFact(
        expected.formId(),
        YEAR,
        expected.round(),
        expected.unit().filingUnit(),
        project,
        status,
        submittedOn);
  }

  /** Both rounds' figures per form and per unit and their lists of missing reports. */
  @Benchmark
  public List<FollowUpReport> followUpYear() {
    return FollowUp.ofYear(plan, catalog, facts, contacts, asOf);
  }
}
