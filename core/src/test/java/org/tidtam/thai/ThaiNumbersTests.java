package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ThaiNumbersTests {

  @Test
  void formatsPercentWithTwoDecimals() {
    assertThat(ThaiNumbers.percent(new BigDecimal("85.5"))).isEqualTo("85.50");
    assertThat(ThaiNumbers.percent(new BigDecimal("99.995"))).isEqualTo("100.00");
    assertThat(ThaiNumbers.percent(BigDecimal.ZERO)).isEqualTo("0.00");
  }

  @Test
  void formatsIntegersWithGroupedThousands() {
    assertThat(ThaiNumbers.integer(1234)).isEqualTo("1,234");
    assertThat(ThaiNumbers.integer(1234567L)).isEqualTo("1,234,567");
    assertThat(ThaiNumbers.integer(new BigDecimal("1234.5"))).isEqualTo("1,235");
    assertThat(ThaiNumbers.integer(new BigInteger("1000000000000"))).isEqualTo("1,000,000,000,000");
    assertThat(ThaiNumbers.integer(2.5d)).isEqualTo("3");
    assertThat(ThaiNumbers.integer(-1234)).isEqualTo("-1,234");
  }

  @Test
  void formatsDecimalsToTheGivenScale() {
    assertThat(ThaiNumbers.decimal(new BigDecimal("1234.5678"), 3)).isEqualTo("1,234.568");
    assertThat(ThaiNumbers.decimal(new BigDecimal("2"), 1)).isEqualTo("2.0");
    assertThatIllegalArgumentException().isThrownBy(() -> ThaiNumbers.decimal(BigDecimal.ONE, -1));
  }

  @Test
  void formatsBaht() {
    assertThat(Baht.format(new BigDecimal("150000"))).isEqualTo("150,000.00");
    assertThat(Baht.format(new BigDecimal("1234.565"))).isEqualTo("1,234.57");
    assertThat(Baht.format(new BigDecimal("-0.001"))).isEqualTo("0.00");
    assertThat(Baht.formatWhole(new BigDecimal("150000.40"))).isEqualTo("150,000");
    assertThat(Baht.formatWhole(new BigDecimal("150000.50"))).isEqualTo("150,001");
  }
}
