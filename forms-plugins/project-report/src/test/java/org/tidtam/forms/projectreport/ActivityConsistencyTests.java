package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class ActivityConsistencyTests {

  private static ProjectReport cancelled(String spent, String reason) {
    ProjectReport form = withRow(sample(), "activities", 4, "status", OperationStatus.CANCELLED);
    form = withRow(form, "activities", 4, "spent", new BigDecimal(spent));
    return withRow(form, "activities", 4, "reason", reason);
  }

  @Test
  void cancelledActivityRequiresAReasonAndNoSpending() {
    assertThat(submit(cancelled("16840.00", "")))
        .filteredOn(Violation.Shown::isError)
        .containsExactly(
            new Violation.Shown(
                "activities[4].reason", "ต้องระบุเหตุผลที่ยกเลิกกิจกรรม", Severity.ERROR),
            new Violation.Shown(
                "activities[4].spent", "กิจกรรมที่ยกเลิกต้องไม่มีค่าใช้จ่ายจริง", Severity.ERROR));
  }

  @Test
  void acceptsACancelledActivityWithAReasonAndNothingSpent() {
    assertThat(submit(cancelled("0", "งดกิจกรรมตามมาตรการประหยัดงบประมาณ")))
        .filteredOn(Violation.Shown::isError)
        .isEmpty();
  }
}
