package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.forms.projectreport.Forms72.validate;
import static org.tidtam.forms.projectreport.Forms72.withMeasure;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

class TwelveMonthCompletenessTests {

  private static final String REQUIRED_12M = "ต้องระบุในรายงานรอบ 12 เดือน";

  @Test
  void requiresReasonWhenIndicatorNotAchievedIn12Months() {
    ProjectReport form = withMeasure(sample(), 1, "notAchievedReason", null);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[1].measure.notAchievedReason",
                "ต้องระบุสาเหตุที่ไม่บรรลุเป้าหมาย",
                Severity.ERROR));
  }

  @Test
  void requiresAProblemRowWhenAnIndicatorIsNotAchieved() {
    ProjectReport form = with(sample(), "problems", List.of());

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "problems",
                "มีตัวชี้วัดที่ไม่บรรลุเป้าหมาย ต้องระบุปัญหาอุปสรรคและแนวทางแก้ไขอย่างน้อย 1 ข้อ",
                Severity.ERROR));
  }

  @Test
  void needsNoProblemRowWhenEveryIndicatorIsAchieved() {
    ProjectReport form = with(sample(), "problems", List.of());
    form =
        with(
            form,
            "indicatorResults",
            List.of(form.indicatorResults().get(0), form.indicatorResults().get(3)));

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void requiresATwelveMonthResultForEveryIndicator() {
    ProjectReport form = withMeasure(sample(), 1, "result", null);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[1].measure.result",
                "รายงานรอบ 12 เดือนต้องระบุผลการดำเนินงาน เพื่อประเมินว่าบรรลุหรือไม่บรรลุเป้าหมาย",
                Severity.ERROR));
  }

  @Test
  void rejectsAnIndicatorStillInProgressIn12Months() {
    ProjectReport form = withMeasure(sample(), 0, "assessmentOverride", Assessment.IN_PROGRESS);
    form = withMeasure(form, 0, "explanation", "ยังประเมินไม่ครบทุกโรงเรียน");

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .containsExactly("indicatorResults[0].measure.assessmentOverride");
  }

  @Test
  void countsDoNotStandForATwelveMonthResultThatIsNotAPercentage() {
    ProjectReport form = withMeasure(sample(), 1, "result", null);
    form = withMeasure(form, 1, "numerator", new BigDecimal("172"));
    form = withMeasure(form, 1, "denominator", new BigDecimal("180"));

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .contains("indicatorResults[1].measure.result");
  }

  @Test
  void requiresOutputsOutcomesAndSuccessLevelIn12Months() {
    ProjectReport form =
        with(with(with(sample(), "outputs", null), "outcomes", ""), "successLevel", null);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("outcomes", REQUIRED_12M, Severity.ERROR),
            new Violation.Shown("outputs", REQUIRED_12M, Severity.ERROR),
            new Violation.Shown("successLevel", REQUIRED_12M, Severity.ERROR));
  }

  @Test
  void sixMonthReportNeedsNeitherOutputsNorTwelveMonthResultsButProgress() {
    ProjectReport form = with(sample(), "round", Round.ROUND_6M);
    form = with(with(with(form, "outputs", null), "successLevel", null), "progressPercent", null);
    form = withMeasure(form, 1, "result", null);
    form = withMeasure(form, 2, "notAchievedReason", null);

    assertThat(submit(form))
        .contains(
            new Violation.Shown("progressPercent", "ต้องระบุในรายงานรอบ 6 เดือน", Severity.ERROR))
        .extracting(Violation.Shown::path)
        .doesNotContain(
            "outputs",
            "successLevel",
            "indicatorResults[1].measure.result",
            "indicatorResults[2].measure.notAchievedReason");
  }

  @Test
  void rejectsSpendingOnAnActivityThatNeverStartedIn12Months() {
    ProjectReport form = withRow(sample(), "activities", 2, "status", OperationStatus.NOT_STARTED);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "activities[2].spent",
                "กิจกรรมที่ยังไม่ดำเนินการต้องไม่มีค่าใช้จ่ายจริงในรายงานรอบ 12 เดือน กรุณาแก้ไขสถานะหรือค่าใช้จ่ายจริง",
                Severity.ERROR));
  }

  @Test
  void allowsSpendingOnANotStartedActivityIn6Months() {
    ProjectReport form = with(sample(), "round", Round.ROUND_6M);
    form = withRow(form, "activities", 2, "status", OperationStatus.NOT_STARTED);

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .doesNotContain("activities[2].spent");
  }

  @Test
  void requiresLeftoverHandlingWhenMoneyRemainsIn12Months() {
    ProjectReport form = with(sample(), "leftoverHandling", null);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "leftoverHandling",
                "มีเงินคงเหลือ 10,000.00 บาท ต้องระบุการดำเนินการกับเงินคงเหลือ (ส่งคืน หรือกันเงินไว้เบิกเหลื่อมปี)",
                Severity.ERROR));
  }

  @Test
  void requiresDetailsWhenLeftoverHandlingIsOther() {
    ProjectReport form = with(sample(), "leftoverHandling", LeftoverHandling.OTHER);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "leftoverNote", "ต้องระบุรายละเอียดการดำเนินการกับเงินคงเหลือ", Severity.ERROR));
  }

  @Test
  void requiresTwelveMonthSpendingOfEverySource() {
    ProjectReport form = withRow(sample(), "fundingSources", 1, "spent12m", null);

    assertThat(submit(form))
        .extracting(Violation.Shown::path, Violation.Shown::severity)
        .contains(
            org.assertj.core.groups.Tuple.tuple("fundingSources[1].spent12m", Severity.ERROR));
  }

  @Test
  void isNotCheckedInADraft() {
    ProjectReport form = with(with(sample(), "outputs", null), "leftoverHandling", null);
    form = withRow(form, "activities", 0, "status", OperationStatus.NOT_STARTED);

    assertThat(validate(form, Stage.DRAFT)).isEmpty();
  }

  @Test
  void noLeftoverHandlingNeededWhenEverythingIsSpent() {
    ProjectReport form = with(sample(), "leftoverHandling", null);
    form = withRow(form, "fundingSources", 0, "spent12m", new BigDecimal("120000.00"));
    form = withRow(form, "fundingSources", 1, "spent12m", new BigDecimal("30000.00"));

    assertThat(submit(form)).extracting(Violation.Shown::path).doesNotContain("leftoverHandling");
  }
}
