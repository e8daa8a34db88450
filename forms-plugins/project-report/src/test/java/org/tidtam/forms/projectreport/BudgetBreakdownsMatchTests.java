package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class BudgetBreakdownsMatchTests {

  @Test
  void warnsWhenActivityBudgetsDoNotAddUpToTheAllocation() {
    ProjectReport form =
        withRow(sample(), "activities", 0, "plannedBudget", new BigDecimal("12000"));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "activities",
                "งบประมาณตามแผนของกิจกรรมรวม 152,000.00 บาท ไม่เท่ากับงบประมาณที่ได้รับ 150,000.00 บาท",
                Severity.WARNING));
  }

  @Test
  void warnsWhenSpendingByCategoryDoesNotAddUpToTheSpending() {
    ProjectReport form = withRow(sample(), "expenses", 2, "amount", new BigDecimal("30000"));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "expenses",
                "ค่าใช้จ่ายจำแนกตามหมวดรวม 135,250.00 บาท ไม่เท่ากับผลการเบิกจ่าย 140,000.00 บาท",
                Severity.WARNING));
  }
}
