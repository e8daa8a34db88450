package org.tidtam.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.School;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.catalog.Strategy;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.SchoolFact;
import org.tidtam.form.SchoolFact.Award;
import org.tidtam.form.SchoolFact.AwardLevel;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.monitoring.Contact;
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
 * A small office's fiscal year 2569 (12-month round) worked out by hand, for the background,
 * direction and achievement chapters and the public summary.
 *
 * <p>Groups G1 (นโยบายและแผน) and G2 (ส่งเสริมการจัดการศึกษา). Schools: S1 เมืองกระบี่, small, 90
 * students; S2 เมืองกระบี่, medium, 300; S3 อ่าวลึก, small, no count in the catalog (its report
 * says 45); S4 อ่าวลึก, size and count unknown, no report. Policies of 2569: one MoE, two OBEC, one
 * Quick Win; one OBEC policy of 2568 that must not show. Strategies ST1 (I1: target 80, G2; I2: at
 * most 0.20, G1) and ST2 (I3: no number, "ตามเป้าหมายมติ ครม.", G1).
 *
 * <p>Results: I1 = 85 (achieved, 106.25 % of target), I2 = 0.25 (not), I3 = 95 (achieved, as the
 * form says). Projects: PA (G1) 100,000 allocated, all spent, completed; PB (G2) 50,000 / 20,000 in
 * progress; PC (G2) 30,000 / 30,000 but in progress. Schools: S1 RT 80, NT 50, a national and an
 * area award; S2 RT 70, NT 40, one award counted without its level; S3 NT 62, a regional award.
 * Targets RT 75, NT 50. Every unit delivered except S4: 8 of 9 reports.
 *
 * <p>The coordinators of the units (names, phones, e-mails) are in the follow-up and must never
 * reach the public summary.
 */
final class OfficeYear {

  static final int YEAR = 2569;
  static final Round ROUND = Round.ROUND_12M;
  static final QualityTargets TARGETS =
      new QualityTargets(new BigDecimal("75"), new BigDecimal("50"));

  static final String MUEANG = "เมืองกระบี่";
  static final String AO_LUEK = "อ่าวลึก";

  static final Catalog CATALOG =
      new Catalog(
          Catalog.demoCatalog().office(),
          true,
          List.of(2568, YEAR),
          List.of(
              new OrgGroup("G1", LocalizedText.of("กลุ่มนโยบายและแผน", "Policy and Planning")),
              new OrgGroup(
                  "G2", LocalizedText.of("กลุ่มส่งเสริมการจัดการศึกษา", "Education Promotion"))),
          List.of(
              new School("S1", "โรงเรียนบ้านหนึ่ง", MUEANG, SchoolSize.SMALL, 90),
              new School("S2", "โรงเรียนบ้านสอง", MUEANG, SchoolSize.MEDIUM, 300),
              new School("S3", "โรงเรียนบ้านสาม", AO_LUEK, SchoolSize.SMALL, null),
              new School("S4", "โรงเรียนบ้านสี่", AO_LUEK, null, null)),
          List.of(MUEANG, AO_LUEK),
          List.of(
              policy(ReferenceKind.OBEC_POLICY, "OBEC-2569-02", YEAR, 2, "ส่งเสริมการอ่าน"),
              policy(ReferenceKind.OBEC_POLICY, "OBEC-2569-01", YEAR, 1, "ปลูกฝังความรักในสถาบัน"),
              policy(ReferenceKind.MOE_POLICY, "MOE-2569-01", YEAR, 1, "เรียนดี มีความสุข"),
              policy(ReferenceKind.OBEC_FOCUS, "QW-2569-01", YEAR, 1, "ลดภาระงานครู"),
              policy(ReferenceKind.OBEC_POLICY, "OBEC-2568-01", 2568, 1, "นโยบายปีก่อน")),
          List.of(
              new Strategy("ST1", YEAR, 1, LocalizedText.of("พัฒนาคุณภาพผู้เรียน", "Quality")),
              new Strategy("ST2", YEAR, 2, LocalizedText.of("พัฒนาระบบบริหารจัดการ", "Mgmt"))),
          List.of(
              indicator("I1", "ST1", "80", null, Direction.HIGHER_IS_BETTER, "G2"),
              indicator("I2", "ST1", "0.20", null, Direction.LOWER_IS_BETTER, "G1"),
              indicator(
                  "I3", "ST2", null, "ตามเป้าหมายมติ ครม.", Direction.HIGHER_IS_BETTER, "G1")));

  static final MonitoringPlan PLAN =
      new MonitoringPlan(
          YEAR,
          List.of(
              new RoundPlan(
                  ROUND,
                  new ReportingWindow(
                      LocalDate.of(2026, 10, 1),
                      LocalDate.of(2026, 10, 15),
                      LocalDate.of(2026, 10, 31)),
                  Map.of(UnitKind.SCHOOL, "7.3", UnitKind.GROUP, "7.1", UnitKind.PROJECT, "7.2"))),
          List.of(
              new PlannedProject("PA", "โครงการพัฒนาระบบข้อมูล", "G1"),
              new PlannedProject("PB", "โครงการส่งเสริมการอ่าน", "G2"),
              new PlannedProject("PC", "โครงการสถานศึกษาปลอดภัย", "G2")),
          List.of());

  /** The coordinators of the units, which the public must never see. */
  static final Map<String, Contact> CONTACTS =
      Map.of(
          "S4", new Contact("นางสาวสมใจ ใจดี", "0812345678", "somjai@example.org"),
          "S1", new Contact("นายสมชาย รักเรียน", "075-611-234", "somchai@school.example"),
          "G1", new Contact("นางวิไล ตั้งใจ", "0898765432", "wilai@krabi.example"));

  static final List<SubmissionFact> SUBMISSIONS =
      List.of(
          submission("7.3", "S1", null),
          submission("7.3", "S2", null),
          submission("7.3", "S3", null),
          submission("7.1", "G1", null),
          submission("7.1", "G2", null),
          submission("7.2", "G1", "PA"),
          submission("7.2", "G2", "PB"),
          submission("7.2", "G2", "PC"));

  static final LocalizedText COMPLETED = LocalizedText.of("ดำเนินการแล้วเสร็จ", "Completed");
  static final LocalizedText IN_PROGRESS = LocalizedText.of("อยู่ระหว่างดำเนินการ", "In progress");

  static final List<Fact> FACTS =
      List.of(
          new IndicatorFact(filing("G2"), "I1", d("80"), d("85"), null, FormId.of("7.1")),
          new IndicatorFact(filing("G1"), "I2", d("0.20"), d("0.25"), null, FormId.of("7.1")),
          new IndicatorFact(filing("G1"), "I3", null, d("95"), true, FormId.of("7.1")),
          new ProjectFact(
              filing("G1"),
              "PA",
              "โครงการพัฒนาระบบข้อมูล",
              d("100000"),
              d("100000"),
              COMPLETED,
              null,
              List.of("I2"),
              "OBEC-2569-01",
              List.of(),
              List.of(
                  new ProjectFact.Funding(
                      "GOVERNMENT_BUDGET",
                      LocalizedText.of("เงินงบประมาณ", "Government budget"),
                      d("100000"),
                      d("100000")))),
          new ProjectFact(
              filing("G2"),
              "PB",
              "โครงการส่งเสริมการอ่าน",
              d("50000"),
              d("20000"),
              IN_PROGRESS,
              null,
              List.of("I1"),
              "OBEC-2569-02",
              List.of()),
          new ProjectFact(
              filing("G2"),
              "PC",
              "โครงการสถานศึกษาปลอดภัย",
              d("30000"),
              d("30000"),
              IN_PROGRESS,
              null,
              List.of(),
              null,
              List.of()),
          new SchoolFact(
              filing("S1"),
              MUEANG,
              SchoolSize.SMALL,
              90,
              d("80"),
              d("50"),
              2,
              List.of(
                  new Award("รางวัลเหรียญทอง งานศิลปหัตถกรรมนักเรียน", AwardLevel.NATION),
                  new Award("โรงเรียนปลอดภัย", AwardLevel.AREA))),
          new SchoolFact(filing("S2"), MUEANG, SchoolSize.MEDIUM, 300, d("70"), d("40"), 1),
          new SchoolFact(
              filing("S3"),
              AO_LUEK,
              SchoolSize.SMALL,
              45,
              null,
              d("62"),
              1,
              List.of(new Award("ห้องสมุดมีชีวิต", AwardLevel.REGION))));

  static final FollowUpReport FOLLOW_UP =
      FollowUp.of(
          PLAN,
          CATALOG,
          ROUND,
          SUBMISSIONS,
          code -> Optional.ofNullable(CONTACTS.get(code)),
          LocalDate.of(2026, 11, 1));

  private OfficeYear() {}

  static DashboardFigures figures() {
    return Figures.of(CATALOG, FOLLOW_UP, FACTS, DashboardFilter.of(YEAR, ROUND), TARGETS);
  }

  private static PolicyItem policy(
      ReferenceKind kind, String code, int year, int number, String title) {
    return new PolicyItem(kind, code, year, number, LocalizedText.of(title, code));
  }

  private static Indicator indicator(
      String code,
      String strategy,
      @Nullable String target,
      @Nullable String note,
      Direction direction,
      String owner) {
    return new Indicator(
        code,
        YEAR,
        strategy,
        LocalizedText.of("ตัวชี้วัด " + code, "Indicator " + code),
        "ร้อยละ",
        target == null ? null : new BigDecimal(target),
        note,
        direction,
        owner);
  }

  private static SubmissionFact submission(String form, String unit, @Nullable String project) {
    return new SubmissionFact(
        form, YEAR, ROUND, unit, project, ReportStatus.SUBMITTED, LocalDate.of(2026, 10, 10));
  }

  private static Filing filing(String unit) {
    return new Filing(YEAR, ROUND, unit);
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
