package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.forms.projectreport.Forms72.validate;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

class FundingAmountsTests {

  private static ProjectReport spent12m(String amount) {
    return withRow(sample(), "fundingSources", 0, "spent12m", new BigDecimal(amount));
  }

  @Test
  void rejectsSpentAboveAllocated() {
    ProjectReport form = spent12m("120000.01");

    assertThat(submit(form))
        .contains(
            new Violation.Shown(
                "fundingSources[0].spent12m",
                "ผลการเบิกจ่าย 120,000.01 บาท เกินงบประมาณที่ได้รับจัดสรร 120,000.00 บาท",
                Severity.ERROR));
  }

  @Test
  void acceptsSpentEqualToAllocated() {
    assertThat(submit(spent12m("120000.00")))
        .extracting(Violation.Shown::path)
        .doesNotContain("fundingSources[0].spent12m");
  }

  @Test
  void allowsSpentAboveAllocatedWithAdditionalAllocation() {
    ProjectReport form =
        withRow(
            spent12m("125000.00"),
            "fundingSources",
            0,
            "additionalAllocation",
            new BigDecimal("5000"));

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .doesNotContain("fundingSources[0].spent12m");
  }

  @Test
  void rejectsSpentAboveAllocatedPlusAdditionalAllocation() {
    ProjectReport form =
        withRow(
            spent12m("125000.50"),
            "fundingSources",
            0,
            "additionalAllocation",
            new BigDecimal("5000"));

    assertThat(submit(form))
        .contains(
            new Violation.Shown(
                "fundingSources[0].spent12m",
                "ผลการเบิกจ่าย 125,000.50 บาท เกินงบประมาณที่ได้รับจัดสรรรวมงบที่ได้รับเพิ่ม 125,000.00 บาท",
                Severity.ERROR));
  }

  @Test
  void rejectsSixMonthSpendingAboveAllocatedAndAboveTheTwelveMonthTotal() {
    ProjectReport form = withRow(sample(), "fundingSources", 1, "spent6m", new BigDecimal("30001"));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "fundingSources[1].spent12m",
                "ผลการเบิกจ่าย 12 เดือนน้อยกว่าผลการเบิกจ่าย 6 เดือน (30,001.00 บาท) ซึ่งเป็นยอดสะสม"
                    + " หากมีการคืนเงินหรือแก้ไขรายการ ให้ชี้แจงในข้อเสนอแนะ",
                Severity.WARNING),
            new Violation.Shown(
                "fundingSources[1].spent6m",
                "ผลการเบิกจ่าย 30,001.00 บาท เกินงบประมาณที่ได้รับจัดสรร 30,000.00 บาท",
                Severity.ERROR));
  }

  @Test
  void warnsOnlyWhenTwelveMonthSpendingIsBelowSixMonthSpendingAfterARefund() {
    ProjectReport form = spent12m("70000.00");

    assertThat(submit(form))
        .contains(
            new Violation.Shown(
                "fundingSources[0].spent12m",
                "ผลการเบิกจ่าย 12 เดือนน้อยกว่าผลการเบิกจ่าย 6 เดือน (72,410.00 บาท) ซึ่งเป็นยอดสะสม"
                    + " หากมีการคืนเงินหรือแก้ไขรายการ ให้ชี้แจงในข้อเสนอแนะ",
                Severity.WARNING))
        .noneMatch(v -> v.path().endsWith("spent12m") && v.severity() == Severity.ERROR);
  }

  @Test
  void rejectsNegativeSpendingEvenInADraft() {
    assertThat(validate(spent12m("-1"), Stage.DRAFT))
        .containsExactly(
            new Violation.Shown("fundingSources[0].spent12m", "ต้องไม่ติดลบ", Severity.ERROR));
  }

  @Test
  void checksAmountsOnlyOnSubmit() {
    assertThat(validate(spent12m("999999"), Stage.DRAFT)).isEmpty();
  }
}
