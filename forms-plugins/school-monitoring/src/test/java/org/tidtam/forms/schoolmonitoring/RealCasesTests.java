package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Violation;

/** The real cases of the office's schools, accepted on submit as the host checks them. */
class RealCasesTests {

  @Test
  void theSampleIsAccepted() {
    assertThat(submit(sample())).isEmpty();
  }

  @Test
  void theSchoolsOwnLandlineAndAMobileWithoutHyphensAreAccepted() {
    for (String phone :
        List.of("075-611-234", "0812345678", "081 234 5678", "075-611-234 ต่อ 12")) {
      assertThat(submit(with(sample(), "director", with(sample().director(), "phone", phone))))
          .as(phone)
          .isEmpty();
    }
  }

  @Test
  void aGradeStudyingInAMultiGradeClassNeedsNoRoomOfItsOwn() {
    List<GradeCount> rows = new ArrayList<>(sample().students());
    int p2 = indexOf(rows, Grade.P2);
    GradeCount row = rows.get(p2);
    rows.set(p2, new GradeCount(Grade.P2, row.male(), row.female(), 0, Grade.P1));

    assertThat(submit(with(sample(), "students", rows))).isEmpty();

    rows.set(p2, new GradeCount(Grade.P2, row.male(), row.female(), 0, null));
    assertThat(submit(with(sample(), "students", rows)))
        .extracting(Violation.Shown::path)
        .containsExactly("students[" + p2 + "].rooms");
  }

  @Test
  void rtAndNtAreRequiredOnlyWithPupilsInGradesOneAndThree() {
    List<GradeCount> rows = new ArrayList<>(sample().students());
    for (Grade g : List.of(Grade.P1, Grade.P3)) {
      int i = indexOf(rows, g);
      rows.set(i, new GradeCount(g, 0, 0, 0, null));
    }
    SchoolMonitoring form = with(with(with(sample(), "students", rows), "rt", null), "nt", null);

    assertThat(submit(with(form, "dmcStudents", null))).isEmpty();
  }

  @Test
  void aScreeningOfFewerThanFourSkillsIsAccepted() {
    assertThat(submit(with(sample(), "screening", sample().screening().subList(0, 2)))).isEmpty();
  }

  @Test
  void trainingHoursMayHaveDecimals() {
    SchoolMonitoring form =
        with(
            sample(),
            "teacherDevelopment",
            with(sample().teacherDevelopment(), "trainingHours", new BigDecimal("12.5")));

    assertThat(submit(form)).isEmpty();
  }

  private static int indexOf(List<GradeCount> rows, Grade grade) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).grade() == grade) {
        return i;
      }
    }
    throw new AssertionError("no row of " + grade);
  }
}
