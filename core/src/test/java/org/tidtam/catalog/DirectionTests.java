package org.tidtam.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;

class DirectionTests {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void higherIsBetterNeedsAtLeastTheTarget() {
    assertThat(Direction.HIGHER_IS_BETTER.achieved(d("80"), d("80.00"))).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.achieved(d("95.5"), d("80"))).isTrue();
    assertThat(Direction.HIGHER_IS_BETTER.achieved(d("79.99"), d("80"))).isFalse();
  }

  @Test
  void lowerIsBetterNeedsAtMostTheTarget() {
    assertThat(Direction.LOWER_IS_BETTER.achieved(d("0.20"), d("0.2"))).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.achieved(d("0.05"), d("0.20"))).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.achieved(d("0.21"), d("0.20"))).isFalse();
  }

  @Test
  void milestoneNeedsTheTargetLevel() {
    assertThat(Direction.MILESTONE.achieved(d("5"), d("4"))).isTrue();
    assertThat(Direction.MILESTONE.achieved(d("4"), d("4"))).isTrue();
    assertThat(Direction.MILESTONE.achieved(d("3"), d("4"))).isFalse();
  }

  @Test
  void labelsInThaiAndEnglish() {
    assertThat(Direction.LOWER_IS_BETTER.label().in(Lang.TH)).isEqualTo("ยิ่งน้อยยิ่งดี");
    assertThat(Direction.MILESTONE.label().in(Lang.EN)).isEqualTo("Milestone level");
  }
}
