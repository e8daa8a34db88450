package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class TeachersDevelopedTests {
  private static final String ABOVE = "จำนวนครูต้องไม่มากกว่าจำนวนครูผู้สอนของสถานศึกษา (21 คน)";

  @Test
  void acceptsEveryTeacherInAPlc() {
    assertThat(sample().staff().teachers()).isEqualTo(21);
    assertThat(sample().teacherDevelopment().inPlc()).isEqualTo(21);

    assertThat(submit(sample())).isEmpty();
  }

  @Test
  void rejectsMoreTeachersInAPlcThanTheSchoolHas() {
    SchoolMonitoring form =
        with(sample(), "teacherDevelopment", with(sample().teacherDevelopment(), "inPlc", 22));

    assertThat(submit(form))
        .containsExactly(new Violation.Shown("teacherDevelopment.inPlc", ABOVE, Severity.ERROR));
  }

  @Test
  void rejectsMoreTeachersTrainedThanTheSchoolHas() {
    SchoolMonitoring form =
        with(
            sample(),
            "teacherDevelopment",
            new TeacherDevelopment(21, new BigDecimal("40"), 22, 30, 25));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("teacherDevelopment.activeLearning", ABOVE, Severity.ERROR),
            new Violation.Shown("teacherDevelopment.ai", ABOVE, Severity.ERROR),
            new Violation.Shown("teacherDevelopment.coding", ABOVE, Severity.ERROR));
  }

  @Test
  void cannotCompareWithoutTheStaff() {
    SchoolMonitoring form = with(sample(), "staff", null);

    assertThat(submit(form))
        .containsExactly(new Violation.Shown("staff", "ต้องระบุ", Severity.ERROR));
  }
}
