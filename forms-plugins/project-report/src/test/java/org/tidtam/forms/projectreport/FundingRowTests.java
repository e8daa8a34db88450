package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingRowTests {

  private static FundingRow row(
      String allocated, String additional, String spent6m, String spent12m) {
    return new FundingRow(
        FundingSource.GOVERNMENT_BUDGET,
        new BigDecimal(allocated),
        new BigDecimal(allocated),
        additional == null ? null : new BigDecimal(additional),
        null,
        spent6m == null ? null : new BigDecimal(spent6m),
        spent12m == null ? null : new BigDecimal(spent12m));
  }

  @Test
  void remainingIsAllocatedMinusLatestSpending() {
    FundingRow row = row("150000.00", null, "60000.00", "140000.00");

    assertThat(row.spent()).isEqualByComparingTo("140000.00");
    assertThat(row.remaining()).isEqualByComparingTo("10000.00");
  }

  @Test
  void usesSixMonthSpendingUntilTheTwelveMonthFigureIsIn() {
    FundingRow row = row("150000.00", null, "60000.00", null);

    assertThat(row.spent()).isEqualByComparingTo("60000.00");
    assertThat(row.remaining()).isEqualByComparingTo("90000.00");
    assertThat(row.disbursementPct()).isEqualByComparingTo("40.00");
  }

  @Test
  void disbursementPercentageRoundsHalfUpToTwoDecimals() {
    assertThat(row("150000", null, null, "140000").disbursementPct()).isEqualByComparingTo("93.33");
    assertThat(row("3", null, null, "2").disbursementPct()).isEqualByComparingTo("66.67");
  }

  @Test
  void disbursementIsNullWhenNothingWasAllocated() {
    assertThat(row("0", null, null, "0").disbursementPct()).isNull();
  }

  @Test
  void additionalAllocationCountsAsAvailableMoney() {
    FundingRow row = row("100000", "20000", null, "110000");

    assertThat(row.available()).isEqualByComparingTo("120000");
    assertThat(row.remaining()).isEqualByComparingTo("10000");
    assertThat(row.disbursementPct()).isEqualByComparingTo("91.67");
  }
}
