package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.esamonitoring.Forms71.sample;
import static org.tidtam.forms.esamonitoring.Forms71.withResult;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** The real cases the office's groups report, accepted on submit as the host checks them. */
class RealCasesTests {
  private static final FormPluginHarness<EsaMonitoring> HARNESS =
      FormPluginHarness.of(Forms71.PLUGIN);

  private static List<Violation.Shown> submit(EsaMonitoring form, FormContext context) {
    var service = HARNESS.service();
    return Violation.in(
        service.check(service.of(Forms71.PLUGIN, form), Stage.SUBMIT, context),
        org.tidtam.i18n.Lang.TH);
  }

  private static FormContext demo() {
    return Forms71.TestContext.demo(Forms71.supervisionProjects());
  }

  @Test
  void theSampleIsAcceptedWithTheGroupsProjectReports() {
    assertThat(submit(sample(), demo())).isEmpty();
  }

  @Test
  void aLandlineWithAnExtensionIsAccepted() {
    assertThat(submit(with(sample(), "contactPhone", "075-611-234 ต่อ 12"), demo())).isEmpty();
    assertThat(submit(with(sample(), "contactPhone", "0812345678"), demo())).isEmpty();
  }

  @Test
  void evidenceMayBeAnOfficeOrderOrAReport() {
    EsaMonitoring form =
        withResult(
            sample(),
            0,
            "evidenceUrls",
            List.of("คำสั่ง สพป.กระบี่ ที่ 245/2569", "รายงานผลการประเมิน RT ปีการศึกษา 2568"));

    assertThat(submit(form, demo())).isEmpty();
  }

  @Test
  void aGroupThatOwnsNoIndicatorSubmitsItsRoutineWork() {
    EsaMonitoring legal =
        with(
            with(
                with(
                    with(sample(), "reportingGroup", "LEGAL"),
                    "results",
                    List.<IndicatorResult>of()),
                "routineWorkSummary",
                "ดำเนินการทางวินัยแล้วเสร็จ 3 เรื่อง ให้คำปรึกษาด้านกฎหมายแก่สถานศึกษา 27 ครั้ง"),
            "problems",
            List.of(
                new ProblemSolution(
                    "เรื่องร้องเรียนเพิ่มขึ้นในช่วงปลายปีงบประมาณ",
                    "จัดอบรมผู้บริหารสถานศึกษาเรื่องวินัยและการรักษาวินัย")));

    assertThat(submit(legal, FormContext.of(Catalog.demoCatalog()))).isEmpty();
    assertThat(Forms71.submit(with(legal, "routineWorkSummary", null)))
        .extracting(Violation.Shown::path)
        .containsExactly("results");
  }

  @Test
  void anIndicatorWithOnlyADescriptiveTargetIsAssessedWithoutAnExplanation() {
    EsaMonitoring form =
        withResult(
            withResult(
                withResult(
                    withResult(sample(), 1, "target", null),
                    1,
                    "targetNote",
                    "เพิ่มขึ้นจากปีการศึกษาที่ผ่านมา"),
                1,
                "assessmentOverride",
                Assessment.ACHIEVED),
            1,
            "explanation",
            null);

    IndicatorResult row = form.results().get(1);
    assertThat(row.measure().descriptiveTarget()).isTrue();
    assertThat(row.measure().overridden()).isFalse();
    assertThat(row.assessment().label().th()).isEqualTo("บรรลุเป้าหมาย");
    assertThat(Forms71.submit(form)).isEmpty();
  }

  @Test
  void warnsWhenTheProjectReportStatesAnotherResultForTheIndicator() {
    IndicatorFact fromProject =
        new IndicatorFact(
            new Filing(2569, Round.ROUND_12M, "SUPERVISION"),
            "KBI-2569-2.1",
            new BigDecimal("75"),
            new BigDecimal("72.40"),
            false,
            FormId.of("7.2"));
    FormContext context =
        new Forms71.TestContext(
            Catalog.demoCatalog(), Forms71.supervisionProjects(), List.of(fromProject));

    assertThat(submit(sample(), context))
        .containsExactly(
            new Violation.Shown(
                "results[0].measure.result",
                "ผลการดำเนินงานของตัวชี้วัด KBI-2569-2.1 (78.5) ไม่ตรงกับผลที่รายงานในแบบ 7.2"
                    + " ของรอบเดียวกัน (72.4) กรุณาตรวจสอบให้ตรงกัน",
                Severity.WARNING));
  }

  @Test
  void theSameResultInTheProjectReportRaisesNoWarning() {
    IndicatorFact fromProject =
        new IndicatorFact(
            new Filing(2569, Round.ROUND_12M, "SUPERVISION"),
            "KBI-2569-2.1",
            new BigDecimal("75"),
            new BigDecimal("78.50"),
            true,
            FormId.of("7.2"));
    FormContext context =
        new Forms71.TestContext(
            Catalog.demoCatalog(), Forms71.supervisionProjects(), List.of(fromProject));

    assertThat(submit(sample(), context)).isEmpty();
  }
}
