package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolMonitoringTests {

  @Test
  void totalsTheStudentTable() {
    SchoolMonitoring form = sample();

    assertThat(form.totalMale()).isEqualTo(217);
    assertThat(form.totalFemale()).isEqualTo(198);
    assertThat(form.totalStudents()).isEqualTo(415);
    assertThat(form.totalRooms()).isEqualTo(15);
    assertThat(form.students().getFirst().total()).isEqualTo(22);
  }

  @Test
  void subtotalsPerLevelAddUpToTheTotal() {
    SchoolMonitoring form = sample();

    assertThat(form.earlyChildhoodStudents()).isEqualTo(92);
    assertThat(form.primaryStudents()).isEqualTo(323);
    assertThat(form.lowerSecondaryStudents()).isZero();
    assertThat(
            form.earlyChildhoodStudents() + form.primaryStudents() + form.lowerSecondaryStudents())
        .isEqualTo(form.totalStudents());
  }

  @Test
  void computesTheRatiosWithTwoDecimals() {
    SchoolMonitoring form = sample();

    assertThat(form.staff().teachers()).isEqualTo(21);
    assertThat(form.staff().total()).isEqualTo(25);
    assertThat(form.studentTeacherRatio()).isEqualByComparingTo("19.76");
    assertThat(form.studentRoomRatio()).isEqualByComparingTo("27.67");
    assertThat(form.students().get(3).perRoom()).isEqualByComparingTo("26.50");
  }

  @Test
  void ratiosAreNullWhenTheDivisorIsZero() {
    SchoolMonitoring form = with(sample(), "staff", new Staff(1, 0, 0, 0, 0, 2));
    form = with(form, "students", List.of(new GradeCount(Grade.P1, 3, 4, 0, null)));

    assertThat(form.studentTeacherRatio()).isNull();
    assertThat(form.studentRoomRatio()).isNull();
    assertThat(form.students().getFirst().perRoom()).isNull();
    assertThat(with(sample(), "staff", null).studentTeacherRatio()).isNull();
  }

  @Test
  void classesTheSizeByTheChosenScheme() {
    SchoolMonitoring form = sample();

    assertThat(form.sizeScheme()).isEqualTo(SizeScheme.OBEC_4);
    assertThat(form.size()).isEqualTo(SizeClass.MEDIUM);
    assertThat(with(form, "sizeScheme", SizeScheme.SEVEN_SIZES).size()).isEqualTo(SizeClass.SIZE_4);
  }

  @Test
  void usesTheFourSizeSchemeWhenNoneIsChosen() {
    SchoolMonitoring form = with(sample(), "sizeScheme", null);

    assertThat(form.sizeScheme()).isEqualTo(SizeScheme.OBEC_4);
    assertThat(form.size()).isEqualTo(SizeClass.MEDIUM);
  }

  @Test
  void hasNoSizeWithoutStudents() {
    assertThat(with(sample(), "students", List.of()).size()).isNull();
  }

  @Test
  void flagsTheLevelsTaught() {
    SchoolMonitoring form = sample();

    assertThat(form.teachesEarlyChildhood()).isTrue();
    assertThat(form.teachesPrimary()).isTrue();
    assertThat(form.teachesLowerSecondary()).isFalse();
    assertThat(form.teachesBasicEducation()).isTrue();
    assertThat(with(form, "levels", List.of(Level.EARLY_CHILDHOOD)).teachesBasicEducation())
        .isFalse();
  }

  @Test
  void printsTheSchoolNameWithTheWordSchoolOnce() {
    assertThat(sample().schoolFullName()).isEqualTo("โรงเรียนวัดสถิตโพธาราม");
    assertThat(with(sample(), "schoolName", "โรงเรียนบ้านเกาะปอ").schoolFullName())
        .isEqualTo("โรงเรียนบ้านเกาะปอ");
  }

  @Test
  void namesTheDirectorsPositionAndMarksAnActingDirector() {
    SchoolMonitoring form = sample();
    assertThat(form.director().displayName()).isEqualTo("นายประเสริฐ  ศรีสุข");
    assertThat(form.directorPosition()).isEqualTo("ผู้อำนวยการโรงเรียนวัดสถิตโพธาราม");

    SchoolMonitoring acting = with(form, "director", with(form.director(), "acting", true));
    assertThat(acting.directorPosition())
        .isEqualTo("รักษาการในตำแหน่งผู้อำนวยการโรงเรียนวัดสถิตโพธาราม");
  }

  @Test
  void computesTheMeanScoresAndScreeningPercentages() {
    SchoolMonitoring form = sample();

    assertThat(form.rt().total()).isEqualByComparingTo("76.33");
    assertThat(form.nt().total()).isEqualByComparingTo("52.08");
    assertThat(form.onetP6().mean()).isEqualByComparingTo("39.57");
    ScreeningRow aloud = form.screening().getFirst();
    assertThat(aloud.sum()).isEqualTo(160);
    assertThat(aloud.veryGoodPct()).isEqualByComparingTo("38.75");
    assertThat(aloud.goodOrBetterPct()).isEqualByComparingTo("70.63");
    assertThat(new ScreeningRow(ReadingSkill.READING_ALOUD, 0, 0, 0, 0, 0).veryGoodPct()).isNull();
  }

  @Test
  void aMeanIgnoresMissingScores() {
    assertThat(new RtResult(2568, new BigDecimal("80"), null, null, null).total())
        .isEqualByComparingTo("80.00");
    assertThat(new RtResult(null, null, null, null, null).total()).isNull();
  }

  @Test
  void computesHealthAndPlcPercentages() {
    SchoolMonitoring form = sample();

    assertThat(form.health().normalWeightPct()).isEqualByComparingTo("82.17");
    assertThat(form.plcPercent()).isEqualByComparingTo("100.00");
    assertThat(form.policiesDone()).isEqualTo(11);
  }

  @Test
  void printsThePeriodOfTheRound() {
    assertThat(sample().reportingPeriod()).isEqualTo("1 ต.ค. 2568 – 30 ก.ย. 2569");
  }
}
