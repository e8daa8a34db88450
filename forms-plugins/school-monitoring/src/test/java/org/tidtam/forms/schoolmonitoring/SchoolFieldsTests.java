package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tidtam.forms.schoolmonitoring.Forms73.draft;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;
import tools.jackson.databind.node.ObjectNode;

class SchoolFieldsTests {

  @Test
  void acceptsEightAndTenDigitSchoolCodes() {
    assertThat(draft(with(sample(), "schoolCode", "81010002"))).isEmpty();
    assertThat(draft(with(sample(), "schoolCode", "1081010002"))).isEmpty();
  }

  @Test
  void rejectsASchoolCodeOfOtherLength() {
    assertThat(draft(with(sample(), "schoolCode", "8101002")))
        .containsExactly(
            new Violation.Shown(
                "schoolCode",
                "รหัสสถานศึกษาต้องเป็นตัวเลข 8 หลัก (SMIS) หรือ 10 หลัก (สพฐ.)",
                Severity.ERROR));
  }

  @Test
  void rejectsAFiscalYearInTheCommonEra() {
    assertThat(draft(with(sample(), "fiscalYear", 2026)))
        .contains(
            new Violation.Shown(
                "fiscalYear", "ปีงบประมาณต้องเป็นปี พ.ศ. ตั้งแต่ 2560 ถึง 2600", Severity.ERROR));
  }

  @Test
  void requiresALevelTaughtOnSubmit() {
    SchoolMonitoring form = with(sample(), "levels", List.of());

    assertThat(submit(form))
        .contains(
            new Violation.Shown(
                "levels", "ต้องเลือกระดับที่เปิดสอนอย่างน้อย 1 ระดับ", Severity.ERROR));
    assertThat(draft(form)).isEmpty();
  }

  @Test
  void requiresTheDirectorsNameOnSubmit() {
    SchoolMonitoring form = with(sample(), "director", with(sample().director(), "name", ""));

    assertThat(submit(form))
        .containsExactly(new Violation.Shown("director.name", "ต้องระบุ", Severity.ERROR));
  }

  @Test
  void rejectsAPhoneNumberWithLetters() {
    SchoolMonitoring form =
        with(sample(), "director", with(sample().director(), "phone", "โทร 075"));

    assertThat(draft(form))
        .containsExactly(
            new Violation.Shown(
                "director.phone",
                "หมายเลขโทรศัพท์ไม่ถูกต้อง ตัวอย่าง 075-611-234, 081-234-5678 หรือ 0812345678 ต่อ 12",
                Severity.ERROR));
  }

  @Test
  void requiresTheReportDate() {
    SchoolMonitoring form = with(sample(), "reporter", with(sample().reporter(), "date", null));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("reporter.date", "ต้องระบุวันที่รายงาน", Severity.ERROR));
  }

  @Test
  void warnsWhenTheReportIsDatedBeforeTheEndOfTheRound() {
    SchoolMonitoring form =
        with(sample(), "reporter", with(sample().reporter(), "date", LocalDate.of(2026, 9, 1)));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "reporter.date",
                "วันที่รายงานอยู่ก่อนวันสิ้นสุดรอบการรายงาน (30 ก.ย. 2569)",
                Severity.WARNING));
  }

  @Test
  void requiresAwardFieldsOnSubmit() {
    SchoolMonitoring form =
        with(sample(), "awards", List.of(new Award("", null, Recipient.STUDENT, null, null)));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("awards[0].level", "ต้องระบุ", Severity.ERROR),
            new Violation.Shown("awards[0].name", "ต้องระบุ", Severity.ERROR));
  }

  @ParameterizedTest
  @ValueSource(ints = {2400, 2559, 2601, 3000, 12569})
  void aFiscalYearOutOfRangeIsReportedAndNeverThrows(int year) {
    SchoolMonitoring form = with(sample(), "fiscalYear", year);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "fiscalYear", "ปีงบประมาณต้องเป็นปี พ.ศ. ตั้งแต่ 2560 ถึง 2600", Severity.ERROR));
    assertThat(form.reportingPeriod()).isEmpty();
    assertThat(Forms73.HARNESS.render(form)).isNotEmpty();
  }

  @Test
  void anEmptyItemOfProblemsOrSupportFromAFileIsReportedAtItsIndex() {
    SubmissionCodec codec = SubmissionCodec.create();
    SubmissionDocument sample = codec.sample(Forms73.PLUGIN);
    ObjectNode data = (ObjectNode) sample.data().deepCopy();
    data.putArray("problems").addNull();
    data.putArray("supportNeeded").add("ขอครูคณิตศาสตร์").addNull();

    SchoolMonitoring form =
        codec.toForm(
            Forms73.PLUGIN, new SubmissionDocument(sample.form(), sample.schemaVersion(), data));

    assertThat(form.problems()).containsExactly((String) null);
    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("problems[0]", "ต้องระบุ", Severity.ERROR),
            new Violation.Shown("supportNeeded[1]", "ต้องระบุ", Severity.ERROR));
    assertThat(Forms73.HARNESS.render(form)).isNotEmpty();
  }

  @Test
  void keepsAnEmptyItemOfATextListInAnUnmodifiableList() {
    SchoolMonitoring form = with(sample(), "problems", Arrays.asList("หลังคารั่ว", null));

    assertThat(form.problems()).containsExactly("หลังคารั่ว", null);
    assertThat(submit(form))
        .containsExactly(new Violation.Shown("problems[1]", "ต้องระบุ", Severity.ERROR));
    assertThatThrownBy(() -> form.problems().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
