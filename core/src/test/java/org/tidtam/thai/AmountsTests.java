package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTests {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void emptyAmountCountsAsZero() {
    assertThat(Amounts.orZero(null)).isEqualTo(BigDecimal.ZERO);
    assertThat(Amounts.orZero(d("12.50"))).isEqualTo(d("12.50"));
  }

  @Test
  void sumsToTheSatangSkippingEmptyAmounts() {
    List<BigDecimal> rows = Arrays.asList(d("150000"), null, d("0.125"), d("49999.87"));

    assertThat(Amounts.sum(rows, r -> r)).isEqualTo(d("200000.00"));
  }

  @Test
  void sumOfNoRowsIsZeroWithTwoDecimals() {
    assertThat(Amounts.sum(List.<BigDecimal>of(), r -> r)).isEqualTo(d("0.00"));
  }

  @Test
  void percentRoundsHalfUpToTwoDecimals() {
    assertThat(Amounts.percent(d("412"), d("468"))).isEqualTo(d("88.03"));
    assertThat(Amounts.percent(d("1"), d("8"))).isEqualTo(d("12.50"));
    assertThat(Amounts.percent(d("1"), d("1600"))).isEqualTo(d("0.06"));
    assertThat(Amounts.percent(d("125000"), d("100000"))).isEqualTo(d("125.00"));
  }

  @Test
  void percentOfNothingIsUndefined() {
    assertThat(Amounts.percent(d("5"), BigDecimal.ZERO)).isNull();
    assertThat(Amounts.percent(d("5"), d("0.00"))).isNull();
    assertThat(Amounts.percent(null, d("100"))).isNull();
    assertThat(Amounts.percent(d("5"), null)).isNull();
  }
}
