package org.tidtam.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.School;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.figures.DashboardFilter;
import org.tidtam.figures.FigureTable;
import org.tidtam.figures.Figures;
import org.tidtam.figures.QualityTargets;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.ExpectedSubmission;
import org.tidtam.monitoring.FollowUp;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.SubmissionFact;
import org.tidtam.monitoring.UnitKind;

/**
 * The dashboard's figures of a fiscal year, warm and on one thread: for both rounds of a plan with
 * 210 schools in 8 districts, 10 groups and 60 projects, the follow-up and then every figure and
 * table (completeness per form, the 11 indicators by strategy and policy, the budget per group and
 * funding source, the schools per district and size) from the facts of the delivered reports: five
 * in six of the expected reports, each school with its RT, NT and awards, each project with two
 * funding sources and two indicator results, each group with its indicators' results. Run with
 * {@code ./mvnw -B -ntp -Pbench -pl ui -am -DskipTests verify -Djmh.include=DashboardBenchmark}.
 * Target: 300 ms.
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
public class DashboardBenchmark {

  static final int SCHOOLS = 210;
  static final int GROUPS = 10;
  static final int PROJECTS = 60;
  static final int YEAR = 2569;
  static final QualityTargets TARGETS =
      new QualityTargets(new BigDecimal("75"), new BigDecimal("50"));

  private Catalog catalog;
  private MonitoringPlan plan;
  private List<SubmissionFact> submissions;
  private List<Fact> facts;
  private LocalDate asOf;

  @Setup
  public void setUp() {
    Catalog demo = Catalog.demoCatalog();
    List<OrgGroup> groups = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      groups.add(new OrgGroup("G" + g, LocalizedText.of("กลุ่มที่ " + g, "Group " + g)));
    }
    List<String> districts = demo.districts();
    SchoolSize[] sizes = SchoolSize.values();
    List<School> schools = new ArrayList<>();
    for (int s = 0; s < SCHOOLS; s++) {
      schools.add(
          new School(
              String.valueOf(81010000 + s),
              "โรงเรียนที่ " + s,
              districts.get(s % districts.size()),
              sizes[s % sizes.length],
              100 + s));
    }
    // the demo indicators, each owned by one of the groups
    List<Indicator> indicators = new ArrayList<>();
    int n = 0;
    for (Indicator i : demo.indicators()) {
      indicators.add(
          new Indicator(
              i.code(),
              i.fiscalYear(),
              i.strategyCode(),
              i.title(),
              i.unit(),
              i.target(),
              i.targetNote(),
              i.direction(),
              "G" + (n++ % GROUPS)));
    }
    catalog =
        new Catalog(
            demo.office(),
            true,
            List.of(YEAR),
            groups,
            schools,
            districts,
            demo.policies(),
            demo.strategies(),
            indicators);
    List<PlannedProject> projects = new ArrayList<>();
    for (int p = 0; p < PROJECTS; p++) {
      projects.add(new PlannedProject("P" + p, "โครงการที่ " + p, "G" + (p % GROUPS)));
    }
    plan = MonitoringPlan.usual(YEAR, projects);
    List<String> policies =
        demo.policies().stream()
            .filter(p -> p.kind() == org.tidtam.catalog.ReferenceKind.OBEC_POLICY)
            .map(p -> p.code())
            .toList();
    submissions = new ArrayList<>();
    facts = new ArrayList<>();
    int k = 0;
    for (ExpectedSubmission expected : plan.expected(catalog)) {
      LocalDate due = plan.round(expected.round()).orElseThrow().window().due();
      k++;
      if (k % 6 == 0) {
        continue; // one in six never reports
      }
      String unit = expected.unit().filingUnit();
      boolean project = expected.unit().kind() == UnitKind.PROJECT;
      submissions.add(
          new SubmissionFact(
              expected.formId(),
              YEAR,
              expected.round(),
              unit,
              project ? expected.unit().code() : null,
              k % 3 == 0 ? ReportStatus.APPROVED : ReportStatus.SUBMITTED,
              k % 5 == 0 ? due.plusDays(3) : due.minusDays(2)));
      Filing filing = new Filing(YEAR, expected.round(), unit);
      switch (expected.unit().kind()) {
        case SCHOOL ->
            facts.add(
                new SchoolFact(
                    filing,
                    null,
                    null,
                    100 + k,
                    BigDecimal.valueOf(60 + k % 35),
                    BigDecimal.valueOf(40 + k % 30),
                    k % 4));
        case GROUP -> {
          for (Indicator i : indicators) {
            if (i.ownerGroup().equals(unit)) {
              facts.add(
                  new IndicatorFact(
                      filing,
                      i.code(),
                      i.target(),
                      BigDecimal.valueOf(k % 100),
                      null,
                      FormId.of("7.1")));
            }
          }
        }
        case PROJECT -> {
          BigDecimal allocated = BigDecimal.valueOf(50_000 + 1_000L * (k % 50));
          BigDecimal spent = allocated.multiply(new BigDecimal("0.8"));
          Indicator first = indicators.get(k % indicators.size());
          Indicator second = indicators.get((k + 3) % indicators.size());
          facts.add(
              new ProjectFact(
                  filing,
                  expected.unit().code(),
                  "โครงการที่ " + k,
                  allocated,
                  spent,
                  null,
                  null,
                  List.of(first.code(), second.code()),
                  policies.get(k % policies.size()),
                  List.of(),
                  List.of(
                      new ProjectFact.Funding(
                          "GOVERNMENT_BUDGET",
                          LocalizedText.of("เงินงบประมาณ", "Government budget"),
                          allocated.subtract(BigDecimal.valueOf(10_000)),
                          spent.subtract(BigDecimal.valueOf(10_000))),
                      new ProjectFact.Funding(
                          "OTHER_AGENCY",
                          LocalizedText.of("งบจากหน่วยงานอื่น", "Other agencies"),
                          BigDecimal.valueOf(10_000),
                          BigDecimal.valueOf(10_000)))));
          facts.add(
              new IndicatorFact(
                  filing,
                  first.code(),
                  first.target(),
                  BigDecimal.valueOf(k % 90),
                  null,
                  FormId.of("7.2")));
        }
      }
    }
    asOf = LocalDate.of(2026, 11, 20);
  }

  /** Both rounds' follow-up, figures and tables for the whole office. */
  @Benchmark
  public List<List<FigureTable>> dashboardYear() {
    List<List<FigureTable>> out = new ArrayList<>();
    for (RoundPlan round : plan.rounds()) {
      FollowUpReport followUp =
          FollowUp.of(plan, catalog, round.round(), submissions, code -> Optional.empty(), asOf);
      DashboardFigures figures =
          Figures.of(catalog, followUp, facts, DashboardFilter.of(YEAR, round.round()), TARGETS);
      out.add(figures.tables());
    }
    return out;
  }
}
