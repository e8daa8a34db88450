package org.tidtam.template.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderContext;
import org.tidtam.template.RenderOptions;

class FormattersTests {

  private static final RenderContext TH =
      new RenderContext(new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30)));
  private static final RenderContext EN =
      new RenderContext(new RenderOptions(Lang.EN, Numerals.ARABIC, LocalDate.of(2026, 9, 30)));
  private static final LocalDate DAY = LocalDate.of(2026, 9, 30);

  private static String format(String name, @Nullable Object value) {
    return format(name, value, null, TH);
  }

  private static String format(
      String name, @Nullable Object value, @Nullable String arg, RenderContext context) {
    Object result = Formatters.find(name).apply(value, arg, context);
    return Formatters.display(result, context);
  }

  @Test
  void formatsDatesTheThaiWay() {
    assertThat(format("thaiDate", DAY)).isEqualTo("30 กันยายน 2569");
    assertThat(format("thaiDateEra", DAY)).isEqualTo("30 กันยายน พ.ศ. 2569");
    assertThat(format("thaiDateFull", DAY)).isEqualTo("วันพุธที่ 30 กันยายน พ.ศ. 2569");
    assertThat(format("thaiDateShort", DAY)).isEqualTo("30 ก.ย. 2569");
    assertThat(format("thaiDateShort2", DAY)).isEqualTo("30 ก.ย. 69");
    assertThat(format("beYear", DAY)).isEqualTo("2569");
    assertThat(format("beYear", 2026)).isEqualTo("2569");
    assertThat(format("fiscalYear", 2569)).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
    assertThat(format("fiscalYear", LocalDate.of(2025, 10, 1))).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
  }

  @Test
  void formatsMoneyAndNumbers() {
    BigDecimal amount = new BigDecimal("150000.5");
    assertThat(format("baht", amount)).isEqualTo("150,000.50");
    assertThat(format("bahtWhole", amount)).isEqualTo("150,001");
    assertThat(format("bahtText", amount)).isEqualTo("หนึ่งแสนห้าหมื่นบาทห้าสิบสตางค์");
    assertThat(format("percent", new BigDecimal("85.5"))).isEqualTo("85.50");
    assertThat(format("number", 1234)).isEqualTo("1,234");
    assertThat(format("decimal", new BigDecimal("3.14159"))).isEqualTo("3.14");
    assertThat(format("baht", "2500")).isEqualTo("2,500.00");
    assertThat(format("baht", null)).isEmpty();
    assertThat(format("baht", "ไม่ใช่ตัวเลข")).isEqualTo("ไม่ใช่ตัวเลข");
  }

  @Test
  void readsYearsBelow2400AsChristianEraYears() {
    assertThat(format("fiscalYear", 2026)).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
    assertThat(format("fiscalYear", 2569L)).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
    assertThat(format("beYear", 2569)).isEqualTo("2569");
    assertThat(format("beYear", 2026)).isEqualTo("2569");
  }

  @Test
  void returnsValuesItCannotFormatUnchangedInsteadOfThrowing() {
    LocalDate yearOne = LocalDate.of(1, 1, 1);
    for (String name : Formatters.names()) {
      for (Object value :
          List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, yearOne, 99999)) {
        assertThatCode(() -> Formatters.find(name).apply(value, "x", TH))
            .as(name + " of " + value)
            .doesNotThrowAnyException();
      }
    }
    assertThat(Formatters.find("fiscalYear").apply(yearOne, null, TH)).isSameAs(yearOne);
    assertThat(format("fiscalYear", 99999)).isEqualTo("99999");
    assertThat(format("baht", Double.NaN)).isEqualTo("NaN");
    assertThat(format("bahtText", Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(format("number", Float.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    assertThat(format("baht", 2.5d)).isEqualTo("2.50");
  }

  @Test
  void formatsTextsAndChoices() {
    assertThat(format("thaiDigits", "ปี 2569")).isEqualTo("ปี ๒๕๖๙");
    assertThat(format("or", "  ", "–", TH)).isEqualTo("–");
    assertThat(format("or", "มี", "–", TH)).isEqualTo("มี");
    assertThat(format("yesNo", true)).isEqualTo("ใช่");
    assertThat(format("yesNo", false, null, EN)).isEqualTo("No");
    assertThat(format("check", true)).isEqualTo("☑");
    assertThat(format("check", List.of())).isEqualTo("☐");
    assertThat(format("label", Lang.EN)).isEqualTo("EN");
    assertThat(format("upper", "abc")).isEqualTo("ABC");
    assertThat(format("lines", "a\nb")).isEqualTo("a\nb");
  }

  @Test
  void treatsNullFalseEmptyAndZeroAsFalsy() {
    assertThat(Formatters.truthy(null)).isFalse();
    assertThat(Formatters.truthy(false)).isFalse();
    assertThat(Formatters.truthy("")).isFalse();
    assertThat(Formatters.truthy(List.of())).isFalse();
    assertThat(Formatters.truthy(BigDecimal.ZERO)).isFalse();
    assertThat(Formatters.truthy(0)).isFalse();
    assertThat(Formatters.truthy("x")).isTrue();
    assertThat(Formatters.truthy(List.of(1))).isTrue();
    assertThat(Formatters.truthy(Lang.TH)).isTrue();
  }

  @Test
  void listsEveryContractFormatter() {
    assertThat(Formatters.names())
        .containsExactlyInAnyOrder(
            "thaiDate",
            "thaiDateEra",
            "thaiDateFull",
            "thaiDateShort",
            "thaiDateShort2",
            "beYear",
            "fiscalYear",
            "baht",
            "bahtWhole",
            "bahtText",
            "percent",
            "number",
            "decimal",
            "thaiDigits",
            "or",
            "yesNo",
            "check",
            "label",
            "upper",
            "lines");
  }

  static java.util.stream.LongStream seeds() {
    return org.tidtam.testkit.RandomValues.seeds(500);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void groupsAmountsExactlyAsTheThaiNumberFormats(long seed) {
    org.tidtam.testkit.RandomValues r = org.tidtam.testkit.RandomValues.of(seed);
    java.math.BigDecimal value =
        new java.math.BigDecimal(
            r.between(java.math.BigInteger.valueOf(-10).pow(15), java.math.BigInteger.TEN.pow(15)),
            r.between(0, 6));

    for (int scale : new int[] {0, 2}) {
      assertThat(Formatters.grouped(value, scale))
          .as("seed %d: %s at scale %d", seed, value, scale)
          .isEqualTo(org.tidtam.thai.ThaiNumbers.decimal(value, scale));
    }
  }
}
