package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;

class FiscalYearTests {
  private final FiscalYear fy2569 = FiscalYear.ofBe(2569);

  @Test
  void thirtiethOfSeptemberEndsTheYearAndFirstOfOctoberStartsTheNext() {
    assertThat(FiscalYear.of(LocalDate.of(2026, 9, 30))).isEqualTo(fy2569);
    assertThat(FiscalYear.of(LocalDate.of(2026, 10, 1))).isEqualTo(FiscalYear.ofBe(2570));
    assertThat(FiscalYear.of(LocalDate.of(2025, 10, 1))).isEqualTo(fy2569);
    assertThat(FiscalYear.of(LocalDate.of(2025, 9, 30))).isEqualTo(FiscalYear.ofBe(2568));
    assertThat(FiscalYear.of(LocalDate.of(2026, 1, 1))).isEqualTo(fy2569);
  }

  @Test
  void runsFromFirstOfOctoberToThirtiethOfSeptember() {
    assertThat(fy2569.start()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(fy2569.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(fy2569.ce()).isEqualTo(2026);
    assertThat(fy2569.contains(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(fy2569.contains(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(fy2569.contains(LocalDate.of(2025, 9, 30))).isFalse();
    assertThat(fy2569.contains(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void labelsInThaiAndEnglish() {
    assertThat(fy2569.label(Lang.TH)).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
    assertThat(fy2569.label(Lang.EN)).isEqualTo("Fiscal year 2026 (B.E. 2569)");
    assertThat(fy2569.label().th()).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
    assertThat(fy2569.rangeText()).isEqualTo("1 ตุลาคม 2568 – 30 กันยายน 2569");
  }

  @Test
  void splitsIntoFourQuarters() {
    assertThat(fy2569.quarter(1))
        .isEqualTo(new DatePeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    assertThat(fy2569.quarter(2))
        .isEqualTo(new DatePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertThat(fy2569.quarter(3))
        .isEqualTo(new DatePeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
    assertThat(fy2569.quarter(4))
        .isEqualTo(new DatePeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThatIllegalArgumentException().isThrownBy(() -> fy2569.quarter(5));
    assertThatIllegalArgumentException().isThrownBy(() -> fy2569.quarter(0));
  }

  @Test
  void rejectsChristianEraYears() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FiscalYear.ofBe(2026))
        .withMessageContaining("พ.ศ.");
  }

  @Test
  void ordersAndSteps() {
    assertThat(fy2569.next()).isEqualTo(FiscalYear.ofBe(2570));
    assertThat(fy2569.previous()).isEqualTo(FiscalYear.ofBe(2568));
    assertThat(fy2569).isLessThan(fy2569.next());
  }
}
