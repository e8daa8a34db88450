package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.forms.projectreport.Forms72.validate;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * The row rules of indicator results: {@link IndicatorValues}, {@link IndicatorOverride}, {@link
 * IndicatorRatioMatches}.
 */
class IndicatorValidationTests {

  @Test
  void rejectsPercentResultAboveHundredEvenInADraft() {
    ProjectReport form =
        withRow(sample(), "indicatorResults", 2, "result12m", new BigDecimal("100.5"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[2].result12m",
                "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100",
                Severity.ERROR));
  }

  @Test
  void allowsCountsAboveHundredWhenTheUnitIsNotPercent() {
    ProjectReport form =
        withRow(sample(), "indicatorResults", 1, "result12m", new BigDecimal("185"));

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .doesNotContain("indicatorResults[1].result12m");
  }

  @Test
  void rejectsMilestoneLevelAboveFive() {
    ProjectReport form = withRow(sample(), "indicatorResults", 3, "result12m", new BigDecimal("6"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[3].result12m",
                "ระดับความสำเร็จต้องอยู่ระหว่างระดับ 1–5",
                Severity.ERROR));
  }

  @Test
  void rejectsNumeratorAboveDenominator() {
    ProjectReport form =
        withRow(sample(), "indicatorResults", 0, "numerator", new BigDecimal("4700"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].numerator",
                "จำนวนที่ผ่านเกณฑ์ต้องไม่มากกว่าจำนวนทั้งหมด",
                Severity.ERROR));
  }

  @Test
  void rejectsZeroDenominator() {
    ProjectReport form = withRow(sample(), "indicatorResults", 0, "denominator", BigDecimal.ZERO);

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].denominator", "จำนวนทั้งหมดต้องมากกว่า 0", Severity.ERROR));
  }

  @Test
  void warnsWhenTheTypedResultDisagreesWithTheCounts() {
    ProjectReport form =
        withRow(sample(), "indicatorResults", 0, "numerator", new BigDecimal("4000"));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].result12m",
                "ผลที่กรอกไม่ตรงกับร้อยละที่คำนวณจากจำนวนที่นับได้ (85.47)",
                Severity.WARNING));
  }

  @Test
  void doesNotCompareATypedCountWithThePercentageOfTheCounts() {
    ProjectReport form =
        withRow(sample(), "indicatorResults", 1, "numerator", new BigDecimal("172"));
    form = withRow(form, "indicatorResults", 1, "denominator", new BigDecimal("180"));

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void rejectsANegativeTargetEvenInADraft() {
    ProjectReport form = withRow(sample(), "indicatorResults", 1, "target", new BigDecimal("-1"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown("indicatorResults[1].target", "ต้องไม่ติดลบ", Severity.ERROR));
  }

  @Test
  void rejectsAPercentTargetAboveHundredEvenInADraft() {
    ProjectReport form =
        withRow(sample(), "indicatorResults", 0, "target", new BigDecimal("100.01"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].target", "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100", Severity.ERROR));
  }

  @Test
  void allowsATargetAboveHundredWhenTheUnitIsNotPercent() {
    ProjectReport form = withRow(sample(), "indicatorResults", 1, "target", new BigDecimal("150"));

    assertThat(validate(form, Stage.DRAFT)).isEmpty();
  }

  @Test
  void requiresAnExplanationForAManualAssessment() {
    ProjectReport form = withRow(sample(), "indicatorResults", 1, "achievedOverride", true);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[1].overrideExplanation",
                "ต้องชี้แจงเหตุผลที่ปรับผลการประเมินด้วยตนเอง",
                Severity.ERROR));
  }

  @Test
  void acceptsAnExplainedManualAssessment() {
    ProjectReport form =
        withRow(
            withRow(sample(), "indicatorResults", 1, "achievedOverride", true),
            "indicatorResults",
            1,
            "overrideExplanation",
            "ครูที่เหลือ 8 คนได้รับการพัฒนาผ่านระบบออนไลน์ซึ่งไม่นับในผลการอบรม");

    assertThat(submit(form)).isEmpty();
  }
}
