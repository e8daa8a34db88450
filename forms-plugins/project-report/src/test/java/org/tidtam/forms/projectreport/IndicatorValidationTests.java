package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.forms.projectreport.Forms72.validate;
import static org.tidtam.forms.projectreport.Forms72.withMeasure;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * The rules of the indicator measure (core's {@code IndicatorRules}) as form 7.2 reports them, at
 * {@code indicatorResults[i].measure.*}.
 */
class IndicatorValidationTests {

  @Test
  void rejectsPercentResultAboveHundredEvenInADraft() {
    ProjectReport form = withMeasure(sample(), 2, "result", new BigDecimal("100.5"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[2].measure.result",
                "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100",
                Severity.ERROR));
  }

  @Test
  void allowsCountsAboveHundredWhenTheUnitIsNotPercent() {
    ProjectReport form = withMeasure(sample(), 1, "result", new BigDecimal("185"));

    assertThat(submit(form))
        .extracting(Violation.Shown::path)
        .doesNotContain("indicatorResults[1].measure.result");
  }

  @Test
  void rejectsMilestoneLevelAboveFive() {
    ProjectReport form = withMeasure(sample(), 3, "result", new BigDecimal("6"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[3].measure.result",
                "ระดับความสำเร็จต้องอยู่ระหว่างระดับ 1–5",
                Severity.ERROR));
  }

  @Test
  void rejectsNumeratorAboveDenominator() {
    ProjectReport form = withMeasure(sample(), 0, "numerator", new BigDecimal("4700"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].measure.numerator",
                "จำนวนที่ผ่านเกณฑ์ต้องไม่มากกว่าจำนวนทั้งหมด",
                Severity.ERROR));
  }

  @Test
  void rejectsZeroDenominator() {
    ProjectReport form = withMeasure(sample(), 0, "denominator", BigDecimal.ZERO);

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].measure.denominator",
                "จำนวนทั้งหมดต้องมากกว่า 0",
                Severity.ERROR));
  }

  @Test
  void warnsWhenTheTypedResultDisagreesWithTheCounts() {
    ProjectReport form = withMeasure(sample(), 0, "numerator", new BigDecimal("4000"));

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].measure.result",
                "ผลที่กรอกไม่ตรงกับร้อยละที่คำนวณจากจำนวนที่นับได้ (85.47)",
                Severity.WARNING));
  }

  @Test
  void doesNotCompareATypedCountWithThePercentageOfTheCounts() {
    ProjectReport form = withMeasure(sample(), 1, "numerator", new BigDecimal("172"));
    form = withMeasure(form, 1, "denominator", new BigDecimal("180"));

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void rejectsANegativeTargetEvenInADraft() {
    ProjectReport form = withMeasure(sample(), 1, "target", new BigDecimal("-1"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[1].measure.target", "ต้องไม่ติดลบ", Severity.ERROR));
  }

  @Test
  void rejectsAPercentTargetAboveHundredEvenInADraft() {
    ProjectReport form = withMeasure(sample(), 0, "target", new BigDecimal("100.01"));

    assertThat(validate(form, Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[0].measure.target",
                "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100",
                Severity.ERROR));
  }

  @Test
  void allowsATargetAboveHundredWhenTheUnitIsNotPercent() {
    ProjectReport form = withMeasure(sample(), 1, "target", new BigDecimal("150"));

    assertThat(validate(form, Stage.DRAFT)).isEmpty();
  }

  @Test
  void requiresAnExplanationWhenTheManualAssessmentContradictsTheComputedOne() {
    ProjectReport form = withMeasure(sample(), 1, "assessmentOverride", Assessment.ACHIEVED);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "indicatorResults[1].measure.explanation",
                "ต้องชี้แจงเหตุผลที่ผลการประเมินต่างจากที่คำนวณได้",
                Severity.ERROR));
  }

  @Test
  void aManualAssessmentAgreeingWithTheComputedOneNeedsNoExplanation() {
    ProjectReport form = withMeasure(sample(), 0, "assessmentOverride", Assessment.ACHIEVED);

    assertThat(submit(form)).isEmpty();
  }

  @Test
  void acceptsAnExplainedManualAssessment() {
    ProjectReport form =
        withMeasure(
            withMeasure(sample(), 1, "assessmentOverride", Assessment.ACHIEVED),
            1,
            "explanation",
            "ครูที่เหลือ 8 คนได้รับการพัฒนาผ่านระบบออนไลน์ซึ่งไม่นับในผลการอบรม");

    assertThat(submit(form)).isEmpty();
    assertThat(form.indicatorResults().get(1).achieved()).isTrue();
  }
}
