package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.draft;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

/**
 * The content version 2 added: the academic year of each result, the comparisons with the office
 * and the nation, the learning achievement by learning area and the school's address.
 */
class ResultsAndAddressTests {

  @Test
  void theSampleFillsEveryNewFieldAndPassesOnSubmit() {
    SchoolMonitoring s = sample();

    assertThat(submit(s)).isEmpty();
    assertThat(s.address().postcode()).isEqualTo("81000");
    assertThat(s.addressLine()).isEqualTo("หมู่ที่ 2 ตำบลไสไทย อำเภอเมืองกระบี่");
    assertThat(List.of(s.rt(), s.nt(), s.onetP6()))
        .extracting(TestResult::academicYear)
        .containsOnly(2568);
    assertThat(List.of(s.screeningYear(), s.gpa().academicYear(), s.sar().academicYear()))
        .containsOnly(2568);
    assertThat(s.gpa().rows()).hasSize(LearningArea.values().length);
    assertThat(List.of(s.rt().columns(), s.nt().columns(), s.onetP6().columns()))
        .containsOnly("BOTH");
  }

  @Test
  void comparesEachItemWithTheOfficeAndTheNation() {
    List<ScoreComparison> rt = sample().rt().comparison();

    assertThat(rt)
        .extracting(ScoreComparison::item)
        .containsExactly(
            TestItem.READING_ALOUD, TestItem.READING_COMPREHENSION, TestItem.READING_TOTAL);
    assertThat(rt.getFirst().esaDifference()).isEqualByComparingTo("2.15");
    assertThat(rt.getFirst().nationDifference()).isEqualByComparingTo("3.43");
    assertThat(rt.get(2).school()).isEqualByComparingTo("76.33");
    assertThat(rt.get(2).esaDifference()).isEqualByComparingTo("1.21");
    assertThat(sample().onetP6().comparison().get(1).esaDifference()).isEqualByComparingTo("2.74");
    assertThat(sample().nt().comparison().get(1).nationDifference()).isEqualByComparingTo("1.86");
  }

  @Test
  void printsOnlyTheComparisonColumnsTheSchoolTyped() {
    RtResult rt = sample().rt();

    assertThat(with(rt, "esa", null).columns()).isEqualTo("NATION");
    assertThat(with(rt, "nation", null).columns()).isEqualTo("ESA");
    assertThat(with(with(rt, "esa", null), "nation", null).columns()).isEqualTo("NONE");
    assertThat(with(rt, "esa", new RtBenchmark(null, null, null)).columns()).isEqualTo("NATION");
    RtResult schoolOnly = with(with(rt, "esa", null), "nation", null);
    assertThat(schoolOnly.comparison())
        .allMatch(c -> c.esaDifference() == null && c.nationDifference() == null);
  }

  @Test
  void refusesComparisonScoresOutsideZeroToHundredOrWithMoreThanTwoDecimals() {
    SchoolMonitoring form =
        with(
            sample(),
            "onetP6",
            with(
                sample().onetP6(),
                "nation",
                new OnetBenchmark(
                    new BigDecimal("100.5"), new BigDecimal("31.255"), null, null, null)));

    assertThat(draft(form))
        .containsExactly(
            new Violation.Shown(
                "onetP6.nation.math",
                "ตัวเลขเกินขนาด (จำนวนเต็มไม่เกิน 3 หลัก ทศนิยมไม่เกิน 2 ตำแหน่ง)",
                Severity.ERROR),
            new Violation.Shown(
                "onetP6.nation.thai", "คะแนนต้องอยู่ระหว่าง 0 ถึง 100", Severity.ERROR));
  }

  @Test
  void anAcademicYearAfterTheFiscalYearIsAnErrorAndAMissingOneAWarning() {
    SchoolMonitoring form = with(sample(), "rt", with(sample().rt(), "academicYear", 2570));
    form = with(form, "gpa", with(form.gpa(), "academicYear", null));

    assertThat(submit(form))
        .containsExactlyInAnyOrder(
            new Violation.Shown("gpa.academicYear", "ต้องระบุปีการศึกษาของผลนี้", Severity.WARNING),
            new Violation.Shown(
                "rt.academicYear",
                "ปีการศึกษาต้องไม่หลังปีงบประมาณของรายงาน (2569)",
                Severity.ERROR));
    assertThat(draft(with(sample(), "screeningYear", 2500)))
        .containsExactly(
            new Violation.Shown(
                "screeningYear",
                "ปีการศึกษาต้องเป็นปี พ.ศ. ตั้งแต่ 2560 ถึง 2600",
                Severity.ERROR));
  }

  @Test
  void checksTheLearningAchievementRowByRow() {
    List<GpaRow> rows = new ArrayList<>(sample().gpa().rows());
    rows.set(0, new GpaRow(LearningArea.THAI, 100, 101, new BigDecimal("4.50")));
    rows.set(1, new GpaRow(LearningArea.THAI, 100, -1, new BigDecimal("2.845")));
    SchoolMonitoring form = with(sample(), "gpa", with(sample().gpa(), "rows", rows));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "gpa.rows[0].gradeThreeUp",
                "จำนวนนักเรียนที่ได้ระดับ 3 ขึ้นไปต้องไม่มากกว่าจำนวนนักเรียนที่ได้รับการประเมิน (100 คน)",
                Severity.ERROR),
            new Violation.Shown(
                "gpa.rows[0].meanGrade",
                "ผลการเรียนเฉลี่ยต้องอยู่ระหว่าง 0.00 ถึง 4.00",
                Severity.ERROR),
            new Violation.Shown(
                "gpa.rows[1].area", "กลุ่มสาระการเรียนรู้นี้รายงานไว้แล้ว", Severity.ERROR),
            new Violation.Shown("gpa.rows[1].gradeThreeUp", "ต้องไม่ติดลบ", Severity.ERROR),
            new Violation.Shown(
                "gpa.rows[1].meanGrade",
                "ตัวเลขเกินขนาด (จำนวนเต็มไม่เกิน 1 หลัก ทศนิยมไม่เกิน 2 ตำแหน่ง)",
                Severity.ERROR));
    assertThat(sample().gpa().rows().getFirst().gradeThreeUpPct()).isEqualByComparingTo("61.30");
    assertThat(new GpaRow(LearningArea.ARTS, 0, 0, null).gradeThreeUpPct()).isNull();
  }

  @Test
  void thePostcodeHasFiveDigitsAndTheSubdistrictIsNeededOnSubmit() {
    SchoolMonitoring form = with(sample(), "address", new Address(0, null, "8100"));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "address.postcode", "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก เช่น 81000", Severity.ERROR),
            new Violation.Shown("address.subdistrict", "ต้องระบุ", Severity.ERROR),
            new Violation.Shown(
                "address.village",
                "หมู่ที่ต้องอยู่ระหว่าง 1 ถึง 99 (เว้นว่างได้ถ้าไม่มีหมู่)",
                Severity.ERROR));
    assertThat(submit(with(sample(), "address", new Address(null, "ปากน้ำ", "81000")))).isEmpty();
    assertThat(with(sample(), "address", new Address(null, "ปากน้ำ", "81000")).addressLine())
        .isEqualTo("ตำบลปากน้ำ อำเภอเมืองกระบี่");
    assertThat(with(sample(), "address", null).addressLine()).isEqualTo("อำเภอเมืองกระบี่");
  }
}
