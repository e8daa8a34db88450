package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class StudentTableTests {

  @Test
  void acceptsTheSample() {
    assertThat(submit(sample())).isEmpty();
  }

  @Test
  void rejectsARepeatedGrade() {
    SchoolMonitoring form = withRow(sample(), "students", 4, "grade", Grade.P1);

    assertThat(submit(form))
        .contains(
            new Violation.Shown(
                "students[4].grade", "ระดับชั้นนี้มีอยู่แล้วในตาราง", Severity.ERROR));
  }

  @Test
  void rejectsAGradeOfALevelNotTaught() {
    List<GradeCount> rows = new ArrayList<>(sample().students());
    rows.add(new GradeCount(Grade.M1, 5, 5, 1, null));
    SchoolMonitoring form = with(sample(), "students", rows);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "students[9].grade",
                "ระดับชั้นนี้ไม่อยู่ในระดับที่เปิดสอน ให้เลือกระดับที่เปิดสอนเพิ่มหรือลบแถวนี้",
                Severity.ERROR),
            new Violation.Shown(
                "students",
                "จำนวนนักเรียนรวม 425 คน ไม่ตรงกับข้อมูล DMC 415 คน (ต่างกัน 10 คน) กรุณาตรวจสอบ",
                Severity.WARNING));
  }

  @Test
  void requiresClassroomsWhereThereAreStudents() {
    SchoolMonitoring form = withRow(sample(), "students", 2, "rooms", 0);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "students[2].rooms", "ชั้นที่มีนักเรียนต้องระบุจำนวนห้องเรียน", Severity.ERROR));
  }

  @Test
  void requiresStudentsInEveryLevelTaught() {
    SchoolMonitoring form =
        with(
            sample(),
            "levels",
            List.of(Level.EARLY_CHILDHOOD, Level.PRIMARY, Level.LOWER_SECONDARY));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "students",
                "เปิดสอนระดับมัธยมศึกษาตอนต้น ต้องระบุจำนวนนักเรียนระดับมัธยมศึกษาตอนต้นรายชั้น",
                Severity.ERROR));
  }

  @Test
  void rejectsNegativeCountsEvenInADraft() {
    SchoolMonitoring form = withRow(sample(), "students", 0, "male", -1);

    assertThat(Forms73.draft(form))
        .contains(new Violation.Shown("students[0].male", "ต้องไม่ติดลบ", Severity.ERROR));
  }

  @Test
  void warnsWhenTheTotalDiffersFromDmc() {
    SchoolMonitoring form = with(sample(), "dmcStudents", 420);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "students",
                "จำนวนนักเรียนรวม 415 คน ไม่ตรงกับข้อมูล DMC 420 คน (ต่างกัน 5 คน) กรุณาตรวจสอบ",
                Severity.WARNING));
  }

  @Test
  void doesNotCompareWithoutADmcCount() {
    assertThat(submit(with(sample(), "dmcStudents", null))).isEmpty();
  }
}
