package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.draft;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.forms.schoolmonitoring.Forms73.submit;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class PolicyResultTests {

  @Test
  void requiresTheReasonWhenAPolicyWasNotWorkedOn() {
    SchoolMonitoring form = withRow(sample(), "policies", 6, "notDoneReason", "");

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "policies[6].notDoneReason", "ต้องระบุเหตุผลที่ไม่ได้ดำเนินการ", Severity.ERROR));
  }

  @Test
  void requiresTheActivitiesWhenAPolicyWasWorkedOn() {
    SchoolMonitoring form = withRow(sample(), "policies", 3, "activities", null);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "policies[3].activities", "ต้องระบุโครงการ/กิจกรรมที่ดำเนินการ", Severity.ERROR));
  }

  @Test
  void requiresTheStatusOnSubmitButNotInADraft() {
    SchoolMonitoring form = withRow(sample(), "policies", 0, "status", null);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "policies[0].status",
                "ต้องเลือกว่าดำเนินการหรือไม่ได้ดำเนินการตามนโยบายข้อนี้",
                Severity.ERROR));
    assertThat(draft(form)).isEmpty();
  }

  @Test
  void rejectsAFillerReason() {
    SchoolMonitoring form = withRow(sample(), "policies", 6, "notDoneReason", "-");

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "policies[6].notDoneReason",
                "ต้องระบุข้อความจริง หากไม่มีให้เลือก \"ไม่มี\" แทนการใส่เพียง \"-\" หรือ \".\"",
                Severity.ERROR));
  }

  @Test
  void rejectsAnEvidenceLinkThatIsNotAWebAddress() {
    SchoolMonitoring form = withRow(sample(), "policies", 1, "evidenceUrl", "ดูในแฟ้ม");

    assertThat(draft(form))
        .containsExactly(
            new Violation.Shown(
                "policies[1].evidenceUrl",
                "ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://",
                Severity.ERROR));
  }

  @Test
  void rejectsAPolicyReportedTwice() {
    SchoolMonitoring form = withRow(sample(), "policies", 11, "policyCode", "OBEC-2569-01");

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "policies[11].policyCode", "นโยบายข้อนี้รายงานซ้ำ", Severity.ERROR));
  }

  @Test
  void requiresAtLeastOnePolicyOnSubmit() {
    assertThat(submit(with(sample(), "policies", List.of())))
        .containsExactly(
            new Violation.Shown(
                "policies",
                "ต้องรายงานผลการดำเนินงานตามนโยบาย สพฐ. อย่างน้อย 1 ข้อ",
                Severity.ERROR));
  }
}
