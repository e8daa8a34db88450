package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.esamonitoring.Forms71.sample;
import static org.tidtam.forms.esamonitoring.Forms71.withResult;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.form.FormContext;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class CrossChecksTests {
  private final EsaMonitoringPlugin plugin = new EsaMonitoringPlugin();
  private final Forms71.TestContext context =
      Forms71.TestContext.demo(Forms71.supervisionProjects());

  private static Violation.Shown warning(String path, String message) {
    return new Violation.Shown(path, message, Severity.WARNING);
  }

  @Test
  void sampleAgreesWithTheCatalogAndItsProjects() {
    assertThat(shownCrossChecks(sample(), context)).isEmpty();
  }

  @Test
  void warnsAboutAnIndicatorOfTheGroupThatIsMissing() {
    EsaMonitoring form = with(sample(), "results", sample().results().subList(0, 2));

    assertThat(shownCrossChecks(form, context))
        .containsExactly(
            warning(
                "results",
                "ตัวชี้วัด KBI-2569-2.3 ร้อยละของนักเรียน ป.1–3 ที่อ่านออกเขียนได้ (ระดับดีขึ้นไป)"
                    + " ที่แผนกำหนดให้กลุ่มนี้ยังไม่มีในตารางผลการดำเนินงาน"));
  }

  @Test
  void warnsAboutAnIndicatorReportedTwice() {
    List<IndicatorResult> rows = new ArrayList<>(sample().results());
    rows.add(rows.getFirst());

    assertThat(shownCrossChecks(with(sample(), "results", rows), context))
        .containsExactly(
            warning(
                "results[3].indicatorCode",
                "ตัวชี้วัด KBI-2569-2.1 ซ้ำกับแถวที่ 1 แต่ละตัวชี้วัดต้องรายงานเพียงครั้งเดียว"));
  }

  @Test
  void warnsAboutAnIndicatorOfAnotherGroup() {
    List<IndicatorResult> rows = new ArrayList<>(sample().results());
    rows.add(
        Forms71.measure(
            with(rows.getFirst(), "indicatorCode", "KBI-2569-3.2"),
            "direction",
            Direction.LOWER_IS_BETTER));

    assertThat(shownCrossChecks(with(sample(), "results", rows), context))
        .containsExactly(
            warning(
                "results[3].indicatorCode",
                "ตัวชี้วัด KBI-2569-3.2 ไม่ได้กำหนดให้กลุ่มนี้ในแผนปีงบประมาณ 2569"));
  }

  @Test
  void warnsWhenTheStoredBudgetDiffersFromTheLinkedProjects() {
    EsaMonitoring form =
        withResult(
            withResult(sample(), 0, "budgetAllocated", new BigDecimal("160000")),
            0,
            "budgetSpent",
            new BigDecimal("140000.00"));

    assertThat(shownCrossChecks(form, context))
        .containsExactly(
            warning(
                "results[0].budgetAllocated",
                "งบประมาณที่ได้รับจัดสรร 160,000.00 บาท ไม่ตรงกับผลรวมของโครงการที่เชื่อมโยงในแบบ 7.2"
                    + " 150,000.00 บาท"));
  }

  @Test
  void warnsAboutALinkedProjectWithoutAReport() {
    EsaMonitoring form =
        withResult(sample(), 1, "projectCodes", List.of("KBI-2569-P04", "KBI-2569-P99"));

    assertThat(shownCrossChecks(form, context))
        .containsExactly(
            warning(
                "results[1].projectCodes[1]",
                "ไม่พบรายงานแบบ 7.2 ของโครงการ KBI-2569-P99 ของกลุ่มในรอบนี้"));
  }

  @Test
  void checksNoBudgetWhenTheContextHasNoProjectReports() {
    EsaMonitoring form = withResult(sample(), 0, "budgetAllocated", new BigDecimal("1"));

    assertThat(shownCrossChecks(form, FormContext.of(Catalog.demoCatalog()))).isEmpty();
  }

  @Test
  void warnsWhenATwelveMonthResultIsBelowTheSixMonthOne() {
    EsaMonitoring sixMonths =
        withResult(with(sample(), "round", Round.ROUND_6M), 1, "result", new BigDecimal("2.60"));
    SubmissionDocument six = Forms71.CODEC.toDocument(plugin, sixMonths);
    Forms71.TestContext withSix = Forms71.TestContext.demo(Forms71.supervisionProjects(), six);

    assertThat(shownCrossChecks(sample(), withSix))
        .containsExactly(
            warning(
                "results[1].measure.result",
                "ผลรอบ 12 เดือน (2.15) น้อยกว่าผลรอบ 6 เดือน (2.60) ซึ่งเป็นผลสะสม กรุณาตรวจสอบ"));
  }

  @Test
  void aLowerDropoutRateAtTwelveMonthsIsNotAWarning() {
    IndicatorResult dropout =
        Forms71.measure(
            Forms71.measure(
                Forms71.measure(
                    Forms71.measure(
                        sample().results().getFirst(), "direction", Direction.LOWER_IS_BETTER),
                    "numerator",
                    null),
                "denominator",
                null),
            "result",
            new BigDecimal("0.15"));
    EsaMonitoring twelve = with(sample(), "results", List.of(dropout));
    EsaMonitoring six =
        with(
            with(twelve, "round", Round.ROUND_6M),
            "results",
            List.of(Forms71.measure(dropout, "result", new BigDecimal("0.30"))));
    Forms71.TestContext withSix =
        Forms71.TestContext.demo(
            Forms71.supervisionProjects(), Forms71.CODEC.toDocument(plugin, six));

    assertThat(shownCrossChecks(twelve, withSix))
        .extracting(Violation.Shown::path)
        .doesNotContain("results[0].measure.result");
  }

  @Test
  void ignoresTheSixMonthReportOfAnotherGroup() {
    EsaMonitoring otherGroup =
        withResult(
            with(with(sample(), "round", Round.ROUND_6M), "reportingGroup", "PROMO"),
            1,
            "result",
            new BigDecimal("2.60"));
    Forms71.TestContext withOther =
        Forms71.TestContext.demo(
            Forms71.supervisionProjects(), Forms71.CODEC.toDocument(plugin, otherGroup));

    assertThat(shownCrossChecks(sample(), withOther)).isEmpty();
  }

  private static List<Violation.Shown> shownCrossChecks(EsaMonitoring form, FormContext context) {
    return Violation.in(Forms71.PLUGIN.crossChecks(form, context), Lang.TH);
  }
}
