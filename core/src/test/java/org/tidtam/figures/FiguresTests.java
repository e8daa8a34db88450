package org.tidtam.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.School;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.catalog.Strategy;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.SchoolGroup;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.FollowUp;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.MonitoringPlan;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.monitoring.RoundPlan;
import org.tidtam.monitoring.SubmissionFact;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Round;

/**
 * The dashboard's figures on a small office worked out by hand.
 *
 * <p>The office: groups G1 and G2; schools S1 (district A, small), S2 (A, medium), S3 (B, medium);
 * strategies ST1 (indicators I1: target 80, higher is better, owner G1; I2: target 0.20, lower is
 * better, owner G2) and ST2 (I3: target 85, owner G1); OBEC policies P1 and P2. The plan of 2569
 * expects in the 6-month round (due 10 Apr 2026) a 7.3 of each school, a 7.1 of each group and a
 * 7.2 of projects PA (G1) and PB (G2): 7 reports. As of 1 May 2026: S1 approved 5 Apr (on time), S2
 * submitted 12 Apr (late), S3 nothing; G1 submitted on the due day (on time), G2 returned; PA
 * approved 1 Apr, PB submitted 20 Apr (late).
 *
 * <p>What the delivered reports state: G1's 7.1 gives I1 = 82 (achieved) and I3 = 80 (not said:
 * below 85, so not achieved). PA's 7.2 (serving I1 and I3, policy P1) has 100,000 allocated and
 * 60,000 spent: government budget 80,000 / 50,000 and other agencies 20,000 / 10,000; it gives I1 =
 * 70 (not achieved), which G1's own 7.1 result overrides. PB's 7.2 (serving I2, policy P2) has
 * 50,000 / 45,000 with no sources and gives I2 = 0.15 (achieved). S1: RT 80.00, NT 50.00, two
 * awards; S2: RT 70.50, no NT, one award. Targets: RT 75, NT 45.
 */
public class FiguresTests {

  static final int YEAR = 2569;
  static final Round ROUND = Round.ROUND_6M;
  static final QualityTargets TARGETS =
      new QualityTargets(new BigDecimal("75"), new BigDecimal("45"));

  public static final Catalog CATALOG =
      new Catalog(
          Catalog.demoCatalog().office(),
          true,
          List.of(YEAR),
          List.of(
              new OrgGroup("G1", LocalizedText.of("กลุ่ม ก", "Group A")),
              new OrgGroup("G2", LocalizedText.of("กลุ่ม ข", "Group B"))),
          List.of(
              new School("S1", "โรงเรียนหนึ่ง", "A", SchoolSize.SMALL, 90),
              new School("S2", "โรงเรียนสอง", "A", SchoolSize.MEDIUM, 300),
              new School("S3", "โรงเรียนสาม", "B", SchoolSize.MEDIUM, 200)),
          List.of("A", "B"),
          List.of(
              new PolicyItem(
                  ReferenceKind.OBEC_POLICY, "P1", YEAR, 1, LocalizedText.of("นโยบาย 1", "P 1")),
              new PolicyItem(
                  ReferenceKind.OBEC_POLICY, "P2", YEAR, 2, LocalizedText.of("นโยบาย 2", "P 2"))),
          List.of(
              new Strategy("ST1", YEAR, 1, LocalizedText.of("กลยุทธ์หนึ่ง", "Strategy one")),
              new Strategy("ST2", YEAR, 2, LocalizedText.of("กลยุทธ์สอง", "Strategy two"))),
          List.of(
              indicator("I1", "ST1", "80", Direction.HIGHER_IS_BETTER, "G1"),
              indicator("I2", "ST1", "0.20", Direction.LOWER_IS_BETTER, "G2"),
              indicator("I3", "ST2", "85", Direction.HIGHER_IS_BETTER, "G1")));

  static final MonitoringPlan PLAN =
      new MonitoringPlan(
          YEAR,
          List.of(
              new RoundPlan(
                  ROUND,
                  new ReportingWindow(
                      LocalDate.of(2026, 3, 15),
                      LocalDate.of(2026, 4, 10),
                      LocalDate.of(2026, 4, 30)),
                  Map.of(UnitKind.SCHOOL, "7.3", UnitKind.GROUP, "7.1", UnitKind.PROJECT, "7.2"))),
          List.of(
              new PlannedProject("PA", "โครงการ ก", "G1"),
              new PlannedProject("PB", "โครงการ ข", "G2")),
          List.of());

  static final List<SubmissionFact> SUBMISSIONS =
      List.of(
          submission("7.3", "S1", null, ReportStatus.APPROVED, LocalDate.of(2026, 4, 5)),
          submission("7.3", "S2", null, ReportStatus.SUBMITTED, LocalDate.of(2026, 4, 12)),
          submission("7.1", "G1", null, ReportStatus.SUBMITTED, LocalDate.of(2026, 4, 10)),
          submission("7.1", "G2", null, ReportStatus.RETURNED, LocalDate.of(2026, 4, 8)),
          submission("7.2", "G1", "PA", ReportStatus.APPROVED, LocalDate.of(2026, 4, 1)),
          submission("7.2", "G2", "PB", ReportStatus.SUBMITTED, LocalDate.of(2026, 4, 20)));

  static final List<Fact> FACTS =
      List.of(
          new IndicatorFact(
              filing("G1"),
              "I1",
              new BigDecimal("80"),
              new BigDecimal("82"),
              true,
              FormId.of("7.1")),
          new IndicatorFact(
              filing("G1"),
              "I3",
              new BigDecimal("85"),
              new BigDecimal("80"),
              null,
              FormId.of("7.1")),
          new ProjectFact(
              filing("G1"),
              "PA",
              "โครงการ ก",
              new BigDecimal("100000"),
              new BigDecimal("60000"),
              null,
              null,
              List.of("I1", "I3"),
              "P1",
              List.of(),
              List.of(
                  new ProjectFact.Funding(
                      "GOVERNMENT_BUDGET",
                      LocalizedText.of("เงินงบประมาณ", "Budget"),
                      new BigDecimal("80000"),
                      new BigDecimal("50000")),
                  new ProjectFact.Funding(
                      "OTHER_AGENCY",
                      LocalizedText.of("หน่วยงานอื่น", "Other"),
                      new BigDecimal("20000"),
                      new BigDecimal("10000")))),
          new IndicatorFact(
              filing("G1"),
              "I1",
              new BigDecimal("80"),
              new BigDecimal("70"),
              false,
              FormId.of("7.2")),
          new ProjectFact(
              filing("G2"),
              "PB",
              "โครงการ ข",
              new BigDecimal("50000"),
              new BigDecimal("45000"),
              null,
              null,
              List.of("I2"),
              "P2",
              List.of()),
          new IndicatorFact(
              filing("G2"),
              "I2",
              new BigDecimal("0.20"),
              new BigDecimal("0.15"),
              true,
              FormId.of("7.2")),
          new SchoolFact(
              filing("S1"),
              "A",
              SchoolSize.SMALL,
              90,
              new BigDecimal("80.00"),
              new BigDecimal("50.00"),
              2),
          new SchoolFact(
              filing("S2"), "A", SchoolSize.MEDIUM, 300, new BigDecimal("70.50"), null, 1),
          // another round's report is not this round's
          new SchoolFact(
              new Filing(YEAR, Round.ROUND_12M, "S3"),
              "B",
              SchoolSize.MEDIUM,
              200,
              new BigDecimal("99"),
              new BigDecimal("99"),
              9));

  static final FollowUpReport FOLLOW_UP =
      FollowUp.of(
          PLAN, CATALOG, ROUND, SUBMISSIONS, code -> Optional.empty(), LocalDate.of(2026, 5, 1));

  private static Indicator indicator(
      String code, String strategy, String target, Direction direction, String owner) {
    return new Indicator(
        code,
        YEAR,
        strategy,
        LocalizedText.of("ตัวชี้วัด " + code, "Indicator " + code),
        "ร้อยละ",
        new BigDecimal(target),
        null,
        direction,
        owner);
  }

  private static SubmissionFact submission(
      String form, String unit, @Nullable String project, ReportStatus status, LocalDate on) {
    return new SubmissionFact(form, YEAR, ROUND, unit, project, status, on);
  }

  private static Filing filing(String unit) {
    return new Filing(YEAR, ROUND, unit);
  }

  private static DashboardFigures figures(DashboardFilter filter) {
    return Figures.of(CATALOG, FOLLOW_UP, FACTS, filter, TARGETS);
  }

  private static DashboardFigures whole() {
    return figures(DashboardFilter.of(YEAR, ROUND));
  }

  /** The figures of the whole office of this test, for the tests of what shows them. */
  public static DashboardFigures wholeOffice() {
    return whole();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void completenessAndTimelinessPerForm() {
    DashboardFigures f = whole();

    // 7.1: G1 on time, G2 returned: 1 of 2 (50.00 %), on time 1 (50.00 %)
    // 7.2: PA on time, PB late: 2 of 2 (100.00 %), on time 1 (50.00 %)
    // 7.3: S1 on time, S2 late, S3 missing: 2 of 3 (66.67 %), on time 1 (33.33 %)
    assertThat(f.completeness())
        .containsExactly(
            new FormCompleteness("7.1", 2, 1, 1, 1),
            new FormCompleteness("7.2", 2, 2, 1, 0),
            new FormCompleteness("7.3", 3, 2, 1, 1));
    assertThat(f.completeness().get(2).completenessPct()).isEqualByComparingTo("66.67");
    assertThat(f.completeness().get(2).timelinessPct()).isEqualByComparingTo("33.33");
    assertThat(f.completeness().get(2).late()).isEqualTo(1);
    // all: 5 of 7 (71.43 %), on time 3 (42.86 %), missing 2
    FormCompleteness total = f.totalCompleteness();
    assertThat(total.submitted()).isEqualTo(5);
    assertThat(total.completenessPct()).isEqualByComparingTo("71.43");
    assertThat(total.timelinessPct()).isEqualByComparingTo("42.86");
    assertThat(f.missing()).extracting(m -> m.unitCode()).containsExactly("S3", "G2");
  }

  @Test
  void indicatorsAchievedByStrategyAndPolicy() {
    DashboardFigures f = whole();

    // I1 82 (7.1 of its owner, not the project's 70): achieved; I2 0.15 <= 0.20: achieved;
    // I3 80 < 85: not achieved. 2 of 3.
    assertThat(f.indicators())
        .extracting(i -> i.indicator().code(), i -> i.result(), i -> i.achieved(), i -> i.source())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I1", d("82"), true, "7.1"),
            org.assertj.core.groups.Tuple.tuple("I2", d("0.15"), true, "7.2"),
            org.assertj.core.groups.Tuple.tuple("I3", d("80"), false, "7.1"));
    assertThat(f.indicatorsAchieved()).isEqualTo(2);
    // ST1: I1, I2 both achieved (100.00 %); ST2: I3 not (0.00 %)
    assertThat(f.strategies())
        .extracting(a -> a.code(), a -> a.indicators(), a -> a.achieved(), a -> a.achievedPct())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ST1", 2, 2, d("100.00")),
            org.assertj.core.groups.Tuple.tuple("ST2", 1, 0, d("0.00")));
    // P1 through PA: I1 and I3, 1 of 2 (50.00 %); P2 through PB: I2, 1 of 1
    assertThat(f.policies())
        .extracting(a -> a.code(), a -> a.indicators(), a -> a.achieved(), a -> a.achievedPct())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("P1", 2, 1, d("50.00")),
            org.assertj.core.groups.Tuple.tuple("P2", 1, 1, d("100.00")));
  }

  @Test
  void budgetByGroupAndBySource() {
    DashboardFigures f = whole();

    // G1: 100,000 / 60,000, 40,000 left, 60.00 %; G2: 50,000 / 45,000, 90.00 %
    assertThat(f.groups())
        .extracting(Budget::code, Budget::allocated, Budget::spent, Budget::disbursedPct)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("G1", d("100000.00"), d("60000.00"), d("60.00")),
            org.assertj.core.groups.Tuple.tuple("G2", d("50000.00"), d("45000.00"), d("90.00")));
    // all: 150,000 / 105,000 = 70.00 %
    assertThat(f.totalBudget().spent()).isEqualByComparingTo("105000");
    assertThat(f.totalBudget().disbursedPct()).isEqualByComparingTo("70.00");
    // government 80,000 / 50,000 = 62.50 %; other agencies 20,000 / 10,000 = 50.00 %;
    // PB told no source: 50,000 / 45,000, last
    assertThat(f.sources())
        .extracting(Budget::code, Budget::allocated, Budget::spent, Budget::disbursedPct)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "GOVERNMENT_BUDGET", d("80000.00"), d("50000.00"), d("62.50")),
            org.assertj.core.groups.Tuple.tuple(
                "OTHER_AGENCY", d("20000.00"), d("10000.00"), d("50.00")),
            org.assertj.core.groups.Tuple.tuple("", d("50000.00"), d("45000.00"), d("90.00")));
    assertThat(f.sources().getLast().title()).isEqualTo(Figures.NO_SOURCE);
  }

  @Test
  void schoolsByDistrictAndSize() {
    DashboardFigures f = whole();

    // A: S1 and S2 reported; RT (80.00 + 70.50) / 2 = 75.25, only S1 at 75; NT only S1: 50.00,
    // at 45; awards 2 + 1. B: S3 not reported (its 12-month report is another round).
    assertThat(f.districts())
        .containsExactly(
            new SchoolGroup("A", LocalizedText.of("A", "A"), 2, 2, d("75.25"), 1, d("50.00"), 1, 3),
            new SchoolGroup("B", LocalizedText.of("B", "B"), 1, 0, null, 0, null, 0, 0));
    // small: S1; medium: S2 (RT 70.50 below 75) and S3
    assertThat(f.sizes())
        .containsExactly(
            new SchoolGroup(
                "SMALL", SchoolSize.SMALL.label(), 1, 1, d("80.00"), 1, d("50.00"), 1, 2),
            new SchoolGroup("MEDIUM", SchoolSize.MEDIUM.label(), 2, 1, d("70.50"), 0, null, 0, 1));
  }

  @Test
  void districtNarrowsTheSchoolsOnly() {
    DashboardFigures f = figures(new DashboardFilter(YEAR, ROUND, "A", null));

    assertThat(f.completeness())
        .containsExactly(
            new FormCompleteness("7.1", 2, 1, 1, 1),
            new FormCompleteness("7.2", 2, 2, 1, 0),
            new FormCompleteness("7.3", 2, 2, 1, 0));
    assertThat(f.districts()).extracting(SchoolGroup::code).containsExactly("A");
    assertThat(f.sizes()).extracting(SchoolGroup::schools).containsExactly(1, 1);
    assertThat(f.missing()).extracting(m -> m.unitCode()).containsExactly("G2");
  }

  @Test
  void groupNarrowsReportsIndicatorsAndBudget() {
    DashboardFigures f = figures(new DashboardFilter(YEAR, ROUND, null, "G2"));

    // G2's 7.1 returned (0 of 1); PB late (1 of 1, none on time); schools unchanged
    assertThat(f.completeness())
        .containsExactly(
            new FormCompleteness("7.1", 1, 0, 0, 1),
            new FormCompleteness("7.2", 1, 1, 0, 0),
            new FormCompleteness("7.3", 3, 2, 1, 1));
    assertThat(f.indicators()).extracting(i -> i.indicator().code()).containsExactly("I2");
    assertThat(f.groups()).extracting(Budget::code).containsExactly("G2");
    assertThat(f.sources())
        .extracting(Budget::code, Budget::allocated)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", d("50000.00")));
  }

  @Test
  void tablesCarryTheSameFiguresWithTotals() {
    List<FigureTable> tables = whole().tables();

    assertThat(tables)
        .extracting(FigureTable::id)
        .containsExactly(
            "completeness",
            "strategies",
            "policies",
            "indicators",
            "budget-groups",
            "budget-sources",
            "schools-districts",
            "schools-sizes");
    FigureTable completeness = tables.getFirst();
    assertThat(completeness.title().th()).isEqualTo("ความครบถ้วนและความทันเวลาของการรายงาน");
    assertThat(completeness.rows().get(2))
        .containsExactly(
            LocalizedText.of("แบบ 7.3", "Form 7.3"), 3, 2, d("66.67"), 1, d("33.33"), 1, 1);
    assertThat(completeness.totals())
        .containsExactly(LocalizedText.of("รวม", "Total"), 7, 5, d("71.43"), 3, d("42.86"), 2, 2);
    FigureTable strategies = tables.get(1);
    assertThat(strategies.totals())
        .containsExactly(LocalizedText.of("รวม", "Total"), 3, 3, 2, 1, d("66.67"));
    FigureTable groups = tables.get(4);
    assertThat(groups.totals())
        .containsExactly(
            LocalizedText.of("รวม", "Total"),
            2,
            d("150000.00"),
            d("105000.00"),
            d("45000.00"),
            d("70.00"));
    assertThat(tables.get(6).headers(Lang.TH)).contains("โรงเรียนที่ RT ถึงเป้าหมาย (75.00)");
    assertThat(FigureTable.text(d("150000"), Lang.TH)).isEqualTo("150,000.00");
    assertThat(FigureTable.text(null, Lang.TH)).isEqualTo("–");
  }

  @Test
  void refusesAFollowUpOfAnotherRound() {
    assertThatThrownBy(
            () ->
                Figures.of(
                    CATALOG, FOLLOW_UP, FACTS, DashboardFilter.of(YEAR, Round.ROUND_12M), TARGETS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
