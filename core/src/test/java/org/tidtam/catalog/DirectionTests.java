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

  @Test
  void percentOfTargetIsResultOverTarget() {
    assertThat(Direction.HIGHER_IS_BETTER.percentOfTarget(d("78.50"), d("75")))
        .isEqualTo(d("104.67"));
    assertThat(Direction.HIGHER_IS_BETTER.percentOfTarget(d("100"), d("80")))
        .isEqualTo(d("125.00"));
    assertThat(Direction.MILESTONE.percentOfTarget(d("4"), d("3"))).isEqualTo(d("133.33"));
  }

  @Test
  void percentOfTargetOfLowerIsBetterIsTargetOverResult() {
    assertThat(Direction.LOWER_IS_BETTER.percentOfTarget(d("0.15"), d("0.20")))
        .isEqualTo(d("133.33"));
    assertThat(Direction.LOWER_IS_BETTER.percentOfTarget(d("0.25"), d("0.20")))
        .isEqualTo(d("80.00"));
  }

  @Test
  void percentOfTargetIsUndefinedWithoutBothValuesOrWithAZeroDivisorOrTarget() {
    assertThat(Direction.HIGHER_IS_BETTER.percentOfTarget(null, d("75"))).isNull();
    assertThat(Direction.HIGHER_IS_BETTER.percentOfTarget(d("75"), null)).isNull();
    assertThat(Direction.HIGHER_IS_BETTER.percentOfTarget(d("75"), d("0"))).isNull();
    assertThat(Direction.LOWER_IS_BETTER.percentOfTarget(d("0"), d("0.20"))).isNull();
    assertThat(Direction.LOWER_IS_BETTER.percentOfTarget(d("0.20"), d("0"))).isNull();
  }

  @Test
  void missingDirectionMeansHigherIsBetter() {
    assertThat(Direction.orDefault(null)).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Direction.orDefault(Direction.MILESTONE)).isEqualTo(Direction.MILESTONE);
  }
}
