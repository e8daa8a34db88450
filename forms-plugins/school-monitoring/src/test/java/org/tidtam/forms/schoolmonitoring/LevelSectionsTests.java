package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.form.monitoring.QualityLevel;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class LevelSectionsTests {
  private static final String NOT_PRIMARY =
      "สถานศึกษาไม่ได้เปิดสอนระดับประถมศึกษา ไม่ต้องรายงานข้อนี้";
  private static final String REQUIRED_12M = "ต้องระบุในรายงานรอบ 12 เดือน";

  /** A kindergarten-only school: the sample without its primary grades. */
  private static SchoolMonitoring kindergarten() {
    SchoolMonitoring form = with(sample(), "levels", List.of(Level.EARLY_CHILDHOOD));
    form = with(form, "students", form.students().subList(0, 3));
    form = with(form, "dmcStudents", 92);
    return with(form, "sar", with(form.sar(), "learnerQuality", null));
  }

  @Test
  void refusesPrimaryResultsOfASchoolThatDoesNotTeachPrimary() {
    assertThat(submit(kindergarten()))
        .containsExactly(
            new Violation.Shown("gpa", NOT_PRIMARY, Severity.ERROR),
            new Violation.Shown("nt", NOT_PRIMARY, Severity.ERROR),
            new Violation.Shown("onetP6", NOT_PRIMARY, Severity.ERROR),
            new Violation.Shown("rt", NOT_PRIMARY, Severity.ERROR),
            new Violation.Shown("screening", NOT_PRIMARY, Severity.ERROR));
  }

  @Test
  void aKindergartenSchoolNeedsNoPrimaryResults() {
    SchoolMonitoring form = kindergarten();
    form = with(with(with(form, "rt", null), "nt", null), "onetP6", null);
    form = with(with(form, "screening", List.of()), "gpa", null);
    form =
        with(
            form,
            "sar",
            new SarResult(
                2568, null, null, null, QualityLevel.GOOD, QualityLevel.GOOD, QualityLevel.GOOD));

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void refusesOnetOfGradeNineWithoutLowerSecondary() {
    SchoolMonitoring form = with(sample(), "onetM3", sample().onetP6());

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "onetM3",
                "สถานศึกษาไม่ได้เปิดสอนระดับมัธยมศึกษาตอนต้น ไม่ต้องรายงานข้อนี้",
                Severity.ERROR));
  }

  @Test
  void refusesEarlyChildhoodStandardsWithoutKindergarten() {
    SchoolMonitoring form = with(sample(), "levels", List.of(Level.PRIMARY));
    form = with(form, "students", form.students().subList(3, 9));
    form = with(form, "dmcStudents", null);

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .containsExactly("sar.childExperience", "sar.childManagement", "sar.childQuality");
  }

  @Test
  void requiresRtAndNtOfAPrimarySchoolWithPupilsInThoseGradesInTheTwelveMonthReport() {
    SchoolMonitoring form = with(with(sample(), "rt", null), "nt", null);
    form = with(form, "screening", List.of());

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("nt", REQUIRED_12M, Severity.ERROR),
            new Violation.Shown("rt", REQUIRED_12M, Severity.ERROR));
  }

  @Test
  void requiresEachScoreOfRtAndNt() {
    SchoolMonitoring form = with(sample(), "rt", with(sample().rt(), "readingComprehension", null));
    form = with(form, "nt", with(form.nt(), "math", null));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("nt.math", REQUIRED_12M, Severity.ERROR),
            new Violation.Shown("rt.readingComprehension", REQUIRED_12M, Severity.ERROR));
  }

  @Test
  void leavesResultsOptionalBeforeTheTwelveMonthReport() {
    SchoolMonitoring form = with(with(sample(), "rt", null), "nt", null);
    form = with(with(form, "screening", List.of()), "sar", null);
    form = with(form, "round", Round.ROUND_6M);
    form =
        with(form, "reporter", with(form.reporter(), "date", java.time.LocalDate.of(2026, 4, 5)));

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void requiresTheSarLevelOfEveryStandardThatApplies() {
    SchoolMonitoring form =
        with(sample(), "sar", with(with(sample().sar(), "teaching", null), "childQuality", null));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("sar.childQuality", REQUIRED_12M, Severity.ERROR),
            new Violation.Shown("sar.teaching", REQUIRED_12M, Severity.ERROR));
    assertThat(submit(with(sample(), "sar", null)))
        .containsExactly(new Violation.Shown("sar", REQUIRED_12M, Severity.ERROR));
  }

  @Test
  void rejectsScoresOutsideZeroToHundred() {
    SchoolMonitoring form =
        with(sample(), "rt", with(sample().rt(), "readingAloud", new BigDecimal("100.5")));
    form = with(form, "onetP6", with(form.onetP6(), "math", new BigDecimal("-1")));

    assertThat(Forms73.draft(form))
        .containsExactly(
            new Violation.Shown("onetP6.math", "คะแนนต้องอยู่ระหว่าง 0 ถึง 100", Severity.ERROR),
            new Violation.Shown(
                "rt.readingAloud", "คะแนนต้องอยู่ระหว่าง 0 ถึง 100", Severity.ERROR));
  }

  @Test
  void screeningLevelsAddUpToTheStudentsTested() {
    SchoolMonitoring form = withRow(sample(), "screening", 2, "fair", 40);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "screening[2].tested",
                "ผลรวมจำนวนนักเรียนทุกระดับ (162 คน) ต้องเท่ากับจำนวนนักเรียนที่เข้ารับการประเมิน (160 คน)",
                Severity.ERROR));
  }

  @Test
  void rejectsASkillScreenedTwice() {
    SchoolMonitoring form = withRow(sample(), "screening", 3, "skill", ReadingSkill.WRITING_WORDS);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("screening[3].skill", "ทักษะนี้รายงานไว้แล้ว", Severity.ERROR));
  }

  @Test
  void aScreeningRowWithoutASkillIsReportedAtItsSkill() {
    SchoolMonitoring form = withRow(sample(), "screening", 0, "skill", null);

    assertThat(submit(form))
        .containsExactly(new Violation.Shown("screening[0].skill", "ต้องระบุ", Severity.ERROR));
    assertThat(Forms73.draft(form))
        .containsExactly(new Violation.Shown("screening[0].skill", "ต้องระบุ", Severity.ERROR));
  }

  @Test
  void healthCountsCannotExceedTheStudentsMeasured() {
    SchoolMonitoring form = with(sample(), "health", new Health(100, 101, true));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "health.normalWeight",
                "จำนวนนักเรียนที่มีน้ำหนักตามเกณฑ์ต้องไม่มากกว่าจำนวนนักเรียนที่ได้รับการชั่งน้ำหนัก",
                Severity.ERROR));
  }
}
