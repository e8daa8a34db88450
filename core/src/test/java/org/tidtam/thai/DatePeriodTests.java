package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;

class DatePeriodTests {
  private final DatePeriod firstHalf =
      new DatePeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31));

  @Test
  void containsBothEnds() {
    assertThat(firstHalf.contains(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(firstHalf.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(firstHalf.contains(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(firstHalf.contains(LocalDate.of(2025, 9, 30))).isFalse();
  }

  @Test
  void printsAsShortThaiDates() {
    assertThat(firstHalf.text()).isEqualTo("1 ต.ค. 2568 – 31 มี.ค. 2569");
    assertThat(firstHalf.text(Lang.TH)).isEqualTo(firstHalf.text());
    assertThat(firstHalf.text(Lang.EN)).isEqualTo("1 Oct 2025 – 31 Mar 2026");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DatePeriod(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
  }
}
