package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class ReportDatesTests {

  private static final String OUTSIDE =
      "วันที่อยู่นอกปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569) หากกันเงินไว้เบิกเหลื่อมปีให้ระบุ \"กันเงินไว้เบิกเหลื่อมปี\"";

  @Test
  void rejectsAnActivityThatEndsBeforeItStarts() {
    ProjectReport form = withRow(sample(), "activities", 2, "actualTo", LocalDate.of(2026, 1, 16));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "activities[2].actualTo",
                "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น",
                Severity.ERROR));
  }

  @Test
  void rejectsAPlannedPeriodThatEndsBeforeItStarts() {
    ProjectReport form = with(sample(), "plannedEnd", LocalDate.of(2025, 10, 31));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "plannedEnd", "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น", Severity.ERROR));
  }

  @Test
  void rejectsActivityDatesOutsideTheFiscalYear() {
    ProjectReport form = withRow(sample(), "activities", 5, "actualTo", LocalDate.of(2026, 10, 1));

    assertThat(submit(form))
        .containsExactly(new Violation.Shown("activities[5].actualTo", OUTSIDE, Severity.ERROR));
  }

  @Test
  void acceptsTheFirstAndLastDayOfTheFiscalYear() {
    ProjectReport form =
        withRow(sample(), "activities", 0, "plannedFrom", LocalDate.of(2025, 10, 1));
    form = withRow(form, "activities", 5, "actualTo", LocalDate.of(2026, 9, 30));

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void allowsDatesAfterTheYearWhenTheMoneyIsCarriedOver() {
    ProjectReport form = withRow(sample(), "activities", 5, "actualTo", LocalDate.of(2026, 11, 15));
    form = with(with(form, "actualEnd", LocalDate.of(2026, 11, 15)), "carryOver", true);

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void requiresTheReportDate() {
    ProjectReport form = with(sample(), "reporter", with(sample().reporter(), "date", null));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("reporter.date", "ต้องระบุวันที่รายงาน", Severity.ERROR));
  }

  @Test
  void warnsWhenTheReportIsDatedBeforeTheEndOfTheRound() {
    ProjectReport form =
        with(sample(), "reporter", with(sample().reporter(), "date", LocalDate.of(2026, 9, 29)));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "reporter.date",
                "วันที่รายงานอยู่ก่อนวันสิ้นสุดรอบการรายงาน (30 ก.ย. 2569)",
                Severity.WARNING));
  }
}
