package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tidtam.i18n.Lang;

class RoundTests {
  private final FiscalYear fy2569 = FiscalYear.ofBe(2569);

  @Test
  void cumulativeRoundsStartOnFirstOfOctober() {
    assertThat(Round.ROUND_6M.period(fy2569))
        .isEqualTo(new DatePeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31)));
    assertThat(Round.ROUND_9M.period(fy2569))
        .isEqualTo(new DatePeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 6, 30)));
    assertThat(Round.ROUND_12M.period(fy2569)).isEqualTo(fy2569.period());
  }

  @Test
  void twelveMonthRoundEndsOnThirtiethOfSeptember() {
    assertThat(Round.ROUND_12M.period(fy2569).text()).isEqualTo("1 ต.ค. 2568 – 30 ก.ย. 2569");
  }

  @ParameterizedTest
  @EnumSource(names = {"Q1", "Q2", "Q3", "Q4"})
  void quartersMatchTheFiscalYearsQuarters(Round round) {
    assertThat(round.period(fy2569)).isEqualTo(fy2569.quarter(round.ordinal() + 1));
    assertThat(round.cumulative()).isFalse();
    assertThat(round.months()).isEqualTo(3);
  }

  @Test
  void secondQuarterOfALeapYearEndsOnThirtyFirstOfMarch() {
    assertThat(Round.Q2.period(FiscalYear.ofBe(2567)).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(FiscalYear.ofBe(2567).quarter(2).start().getMonth()).isEqualTo(Month.JANUARY);
  }

  @ParameterizedTest
  @EnumSource(Round.class)
  void everyRoundEndsAtAMonthEndInsideTheYear(Round round) {
    DatePeriod period = round.period(fy2569);
    assertThat(fy2569.contains(period.start())).isTrue();
    assertThat(fy2569.contains(period.end())).isTrue();
    assertThat(period.end().plusDays(1).getDayOfMonth()).isEqualTo(1);
  }

  @Test
  void labelsInThaiAndEnglish() {
    assertThat(Round.Q1.label().in(Lang.TH)).isEqualTo("ไตรมาสที่ 1");
    assertThat(Round.ROUND_6M.label().in(Lang.TH)).isEqualTo("รอบ 6 เดือน");
    assertThat(Round.ROUND_12M.label().in(Lang.TH)).isEqualTo("รอบ 12 เดือน");
    assertThat(Round.ROUND_9M.label().in(Lang.EN)).isEqualTo("9-month round");
    assertThat(Round.Q4.label().in(Lang.EN)).isEqualTo("Quarter 4");
  }
}
