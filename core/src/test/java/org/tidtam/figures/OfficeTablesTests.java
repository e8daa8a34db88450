package org.tidtam.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.form.SchoolFact.AwardLevel;
import org.tidtam.i18n.Lang;

/**
 * The background and achievement tables of {@link OfficeYear}, against its hand-computed figures.
 */
class OfficeTablesTests {

  private final DashboardFigures f = OfficeYear.figures();

  /** The table as printed in Thai: the header, the rows, then the totals. */
  static List<List<String>> printed(FigureTable table) {
    List<List<String>> out = new ArrayList<>();
    out.add(table.headers(Lang.TH));
    for (List<@Nullable Object> row : table.rows()) {
      out.add(row.stream().map(c -> FigureTable.text(c, Lang.TH)).toList());
    }
    if (table.totals() != null) {
      out.add(table.totals().stream().map(c -> FigureTable.text(c, Lang.TH)).toList());
    }
    return out;
  }

  @Test
  void schoolsByDistrictAndSizeCountUnknownSizesApart() {
    // เมือง: S1 small, S2 medium; อ่าวลึก: S3 small, S4 size unknown (no report either)
    assertThat(printed(OfficeTables.schoolsByDistrictAndSize(f, OfficeYear.CATALOG)))
        .containsExactly(
            List.of(
                "อำเภอ", "ขนาดเล็ก", "ขนาดกลาง", "ขนาดใหญ่", "ขนาดใหญ่พิเศษ", "ไม่ทราบขนาด", "รวม"),
            List.of("เมืองกระบี่", "1", "1", "0", "0", "0", "2"),
            List.of("อ่าวลึก", "1", "0", "0", "0", "1", "2"),
            List.of("รวม", "2", "1", "0", "0", "1", "4"));
  }

  @Test
  void studentsComeFromTheCatalogElseTheSchoolsReport() {
    // S1 90 + S2 300; S3 45 from its report; S4 unknown
    assertThat(printed(OfficeTables.studentsByDistrictAndSize(f, OfficeYear.CATALOG)))
        .containsExactly(
            List.of(
                "อำเภอ", "ขนาดเล็ก", "ขนาดกลาง", "ขนาดใหญ่", "ขนาดใหญ่พิเศษ", "ไม่ทราบขนาด", "รวม"),
            List.of("เมืองกระบี่", "90", "300", "0", "0", "0", "390"),
            List.of("อ่าวลึก", "45", "0", "0", "0", "0", "45"),
            List.of("รวม", "135", "300", "0", "0", "0", "435"));
    assertThat(OfficeTables.students(f, OfficeYear.CATALOG)).isEqualTo(435);
    assertThat(OfficeTables.schoolsWithoutStudents(f, OfficeYear.CATALOG)).isEqualTo(1);
  }

  @Test
  void learnerQualityHoldsTheReportingSchoolsMeansAgainstTheTargets() {
    // RT: 80, 70 -> 75.00, 1 at 75, +0.00; NT: 50, 40, 62 -> 50.67, 2 at 50, +0.67
    assertThat(printed(OfficeTables.learnerQuality(f)))
        .containsExactly(
            List.of(
                "การทดสอบ",
                "โรงเรียนที่รายงานผล",
                "คะแนนเฉลี่ย (ร้อยละ)",
                "ค่าเป้าหมาย (ร้อยละ)",
                "โรงเรียนที่ถึงเป้าหมาย",
                "ผลต่างจากค่าเป้าหมาย"),
            List.of("RT ป.1", "2", "75.00", "75.00", "1", "0.00"),
            List.of("NT ป.3", "3", "50.67", "50.00", "2", "0.67"));
  }

  @Test
  void allocatedBudgetByGroupAndSourceWithShares() {
    // G1 100,000 of 180,000 = 55.56 %; G2 80,000 = 44.44 %
    assertThat(printed(OfficeTables.allocatedByGroup(f)))
        .containsExactly(
            List.of(
                "กลุ่ม/หน่วย",
                "จำนวนโครงการ",
                "งบประมาณที่ได้รับ (บาท)",
                "ร้อยละของงบประมาณทั้งหมด"),
            List.of("กลุ่มนโยบายและแผน", "1", "100,000.00", "55.56"),
            List.of("กลุ่มส่งเสริมการจัดการศึกษา", "2", "80,000.00", "44.44"),
            List.of("รวม", "3", "180,000.00", "100.00"));
    assertThat(printed(OfficeTables.allocatedBySource(f)))
        .extracting(row -> row.get(0) + " " + row.get(2) + " " + row.get(3))
        .containsExactly(
            "แหล่งงบประมาณ งบประมาณที่ได้รับ (บาท) ร้อยละของงบประมาณทั้งหมด",
            "เงินงบประมาณ 100,000.00 55.56",
            "ไม่ระบุแหล่งงบประมาณ 80,000.00 44.44",
            "รวม 180,000.00 100.00");
  }

  @Test
  void awardsByLevelHighestFirstAndCountedOnesLast() {
    assertThat(OfficeTables.awardsByLevel(f))
        .extracting(OfficeTables.LevelCount::level, l -> l.awards(), l -> l.schools())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AwardLevel.NATION, 1, 1),
            org.assertj.core.groups.Tuple.tuple(AwardLevel.REGION, 1, 1),
            org.assertj.core.groups.Tuple.tuple(AwardLevel.AREA, 1, 1),
            org.assertj.core.groups.Tuple.tuple(null, 1, 1));
    assertThat(printed(OfficeTables.awardLevels(f)).getLast()).containsExactly("รวม", "4", "3");
    assertThat(printed(OfficeTables.notableAwards(f, OfficeYear.CATALOG)))
        .containsExactly(
            List.of("สถานศึกษา", "ผลงาน/รางวัล", "ระดับ"),
            List.of("โรงเรียนบ้านหนึ่ง", "รางวัลเหรียญทอง งานศิลปหัตถกรรมนักเรียน", "ระดับประเทศ"),
            List.of("โรงเรียนบ้านสาม", "ห้องสมุดมีชีวิต", "ระดับภาค"));
  }

  @Test
  void achievedIndicatorsAndCompletedProjectsWithTheirWholeBudgetSpent() {
    // I1 85 of 80 = 106.25 %; I3 achieved as told, its target not a number; I2 0.25 > 0.20
    assertThat(printed(OfficeTables.indicatorsAchieved(f)))
        .containsExactly(
            List.of("รหัส", "ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "ร้อยละของค่าเป้าหมาย"),
            List.of("I1", "ตัวชี้วัด I1", "80.00", "85.00", "106.25"),
            List.of("I3", "ตัวชี้วัด I3", "ตามเป้าหมายมติ ครม.", "95.00", "–"));
    // PA completed and all spent; PC all spent but in progress; PB neither
    assertThat(printed(OfficeTables.completedProjectsTable(f, OfficeYear.CATALOG)))
        .containsExactly(
            List.of(
                "โครงการ",
                "กลุ่มที่รับผิดชอบ",
                "งบประมาณที่ได้รับ (บาท)",
                "ผลการเบิกจ่าย (บาท)",
                "ร้อยละการเบิกจ่าย"),
            List.of(
                "โครงการพัฒนาระบบข้อมูล",
                "กลุ่มนโยบายและแผน",
                "100,000.00",
                "100,000.00",
                "100.00"));
  }

  @Test
  void aDistrictFilterNarrowsTheSchoolsAndTheirReports() {
    DashboardFigures ao =
        Figures.of(
            OfficeYear.CATALOG,
            OfficeYear.FOLLOW_UP,
            OfficeYear.FACTS,
            new DashboardFilter(OfficeYear.YEAR, OfficeYear.ROUND, OfficeYear.AO_LUEK, null),
            OfficeYear.TARGETS);
    assertThat(ao.schoolReports()).extracting(r -> r.schoolCode()).containsExactly("S3");
    assertThat(printed(OfficeTables.schoolsByDistrictAndSize(ao, OfficeYear.CATALOG)))
        .extracting(row -> row.getFirst() + " " + row.getLast())
        .containsExactly("อำเภอ รวม", "อ่าวลึก 2", "รวม 2");
  }
}
