package org.tidtam.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidtam.testkit.RandomValues;

class ThaiDatesTests {
  private static final LocalDate END_OF_FY2569 = LocalDate.of(2026, 9, 30);

  @Test
  void formatsLongDates() {
    assertThat(ThaiDates.longDate(END_OF_FY2569)).isEqualTo("30 กันยายน 2569");
    assertThat(ThaiDates.longDateEra(END_OF_FY2569)).isEqualTo("30 กันยายน พ.ศ. 2569");
    assertThat(ThaiDates.fullDate(END_OF_FY2569)).isEqualTo("วันพุธที่ 30 กันยายน พ.ศ. 2569");
    assertThat(ThaiDates.fullDate(LocalDate.of(2026, 10, 1)))
        .isEqualTo("วันพฤหัสบดีที่ 1 ตุลาคม พ.ศ. 2569");
  }

  @Test
  void formatsShortDates() {
    assertThat(ThaiDates.shortDate(END_OF_FY2569)).isEqualTo("30 ก.ย. 2569");
    assertThat(ThaiDates.shortDate2(END_OF_FY2569)).isEqualTo("30 ก.ย. 69");
    assertThat(ThaiDates.shortDate2(LocalDate.of(2057, 1, 5))).isEqualTo("5 ม.ค. 00");
  }

  @Test
  void convertsBetweenEras() {
    assertThat(ThaiDates.beYear(END_OF_FY2569)).isEqualTo(2569);
    assertThat(ThaiDates.beYear(LocalDate.of(2025, 12, 31))).isEqualTo(2568);
    assertThat(ThaiDates.toBe(2026)).isEqualTo(2569);
    assertThat(ThaiDates.toCe(2569)).isEqualTo(2026);
  }

  @Test
  void namesEveryMonth() {
    assertThat(ThaiDates.monthName(Month.JANUARY)).isEqualTo("มกราคม");
    assertThat(ThaiDates.monthName(Month.SEPTEMBER)).isEqualTo("กันยายน");
    assertThat(ThaiDates.monthName(Month.DECEMBER)).isEqualTo("ธันวาคม");
    assertThat(ThaiDates.monthAbbrev(Month.MARCH)).isEqualTo("มี.ค.");
    assertThat(ThaiDates.monthAbbrev(Month.OCTOBER)).isEqualTo("ต.ค.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "30/09/2569",
        "30/9/2569",
        "30/09/2026",
        "2569-09-30",
        "2026-09-30",
        "30 ก.ย. 2569",
        "30 ก.ย. 69",
        "30 กันยายน 2569",
        "30 กันยายน พ.ศ. 2569",
        "  30   กันยายน   2569 ",
        "๓๐/๐๙/๒๕๖๙",
        "๓๐ ก.ย. ๒๕๖๙",
      })
  void parsesBuddhistAndChristianEraInput(String text) {
    assertThat(ThaiDates.parse(text)).isEqualTo(END_OF_FY2569);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "30-09", "31/09/2569", "30 Sept 2569", "30 กันยา 2569", "ก.ย. 2569"})
  void rejectsTextThatIsNotADate(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThaiDates.parse(text))
        .withMessageContaining("'" + text + "'");
  }

  @Test
  void rejectsSeptember31st() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ThaiDates.parse("31 ก.ย. 2569"))
        .withMessageContaining("ไม่มีวันที่นี้");
  }

  private static final LocalDate FIRST = LocalDate.of(1957, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2056, 12, 31);

  static LongStream seeds() {
    return RandomValues.seeds(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void parsesEveryFormatItPrints(long seed) {
    LocalDate date = RandomValues.of(seed).date(FIRST, LAST);
    assertParsesWhatItPrints(date, "seed " + seed + ": " + date);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1957-01-01",
        "2056-12-31",
        "1999-12-31",
        "2000-01-01",
        "2000-02-29",
        "2024-02-29",
        "2025-10-01",
        "2026-09-30",
      })
  void parsesEveryFormatItPrintsAtTheEdges(LocalDate date) {
    assertParsesWhatItPrints(date, date.toString());
  }

  private static void assertParsesWhatItPrints(LocalDate date, String description) {
    assertThat(ThaiDates.parse(ThaiDates.longDate(date))).as(description).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDates.longDateEra(date))).as(description).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDates.shortDate(date))).as(description).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDates.shortDate2(date))).as(description).isEqualTo(date);
    assertThat(ThaiDates.parse(ThaiDigits.toThai(ThaiDates.longDate(date))))
        .as(description)
        .isEqualTo(date);
  }
}
