package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.esamonitoring.Forms71.sample;
import static org.tidtam.forms.esamonitoring.Forms71.submit;
import static org.tidtam.forms.esamonitoring.Forms71.withResult;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormContext;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.form.monitoring.Photo;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.node.ObjectNode;

class EsaMonitoringValidationTests {

  private static Violation.Shown error(String path, String message) {
    return new Violation.Shown(path, message, Severity.ERROR);
  }

  @Test
  void sampleHasNoErrorsOrWarningsWhenSubmitted() {
    assertThat(submit(sample())).isEmpty();
  }

  @Test
  void rejectsAFiscalYearOutsideTheBuddhistEraRange() {
    assertThat(submit(with(sample(), "fiscalYear", 2025)))
        .contains(error("fiscalYear", "ปีงบประมาณต้องเป็นปี พ.ศ. ตั้งแต่ 2560 ถึง 2600"));
  }

  @Test
  void acceptsOnlyTheSixAndTwelveMonthRounds() {
    assertThat(submit(with(sample(), "round", Round.Q2)))
        .contains(error("round", "รายงานได้เฉพาะรอบ 6 เดือนและรอบ 12 เดือน"));
  }

  @Test
  void requiresTheReportingGroupEvenInADraft() {
    assertThat(Forms71.validate(with(sample(), "reportingGroup", ""), Stage.DRAFT))
        .containsExactly(error("reportingGroup", "ต้องระบุ"));
  }

  @Test
  void acceptsLandlinesMobilesAndExtensionsAsTheOfficeWritesThem() {
    for (String phone :
        List.of(
            "075-611-234",
            "075611234",
            "081-234-5678",
            "0812345678",
            "081 234 5678",
            "075-611-234 ต่อ 12")) {
      assertThat(submit(with(sample(), "contactPhone", phone))).as(phone).isEmpty();
    }
  }

  @Test
  void rejectsAPhoneNumberWithADigitMissing() {
    assertThat(submit(with(sample(), "contactPhone", "081-234-567")))
        .containsExactly(
            error(
                "contactPhone",
                "หมายเลขโทรศัพท์ไม่ถูกต้อง ตัวอย่าง 075-611-234, 081-234-5678 หรือ 0812345678 ต่อ 12"));
  }

  @Test
  void rejectsAMalformedEmail() {
    assertThat(submit(with(sample(), "contactEmail", "kamonwan@")))
        .containsExactly(error("contactEmail", "รูปแบบอีเมลไม่ถูกต้อง"));
  }

  @Test
  void rejectsDataAsOfBeforeTheRoundStarts() {
    assertThat(submit(with(sample(), "dataAsOf", LocalDate.of(2025, 9, 30))))
        .containsExactly(
            error("dataAsOf", "วันที่ของข้อมูลต้องไม่ก่อนวันเริ่มรอบการรายงาน (1 ตุลาคม 2568)"));
  }

  @Test
  void acceptsDataAsOfAfterTheRound() {
    assertThat(submit(with(sample(), "dataAsOf", LocalDate.of(2026, 10, 5)))).isEmpty();
  }

  @Test
  void rejectsDataAsOfAfterTodayOnSubmit() {
    EsaMonitoring form = with(sample(), "dataAsOf", LocalDate.of(2999, 1, 1));

    assertThat(submit(form))
        .containsExactly(error("dataAsOf", "วันที่ของข้อมูลต้องไม่เป็นวันในอนาคต"));
    assertThat(Forms71.validate(form, Stage.DRAFT)).isEmpty();
  }

  @Test
  void acceptsDataAsOfToday() {
    assertThat(submit(with(sample(), "dataAsOf", LocalDate.now()))).isEmpty();
  }

  @Test
  void requiresAtLeastOneIndicatorOnSubmit() {
    EsaMonitoring empty = with(sample(), "results", List.of());

    assertThat(submit(empty))
        .contains(
            error(
                "results",
                "ต้องรายงานผลอย่างน้อย 1 ตัวชี้วัด หรือสรุปผลการดำเนินงานตามภารกิจงานประจำ"
                    + " (กลุ่มที่ไม่มีตัวชี้วัดในแผน)"));
    assertThat(Forms71.validate(empty, Stage.DRAFT)).isEmpty();
  }

  @Test
  void anOverrideNeedsAnExplanation() {
    EsaMonitoring form = withResult(sample(), 1, "assessmentOverride", Assessment.ACHIEVED);

    assertThat(submit(form))
        .containsExactly(
            error(
                "results[1].measure.explanation",
                "ต้องชี้แจงเหตุผลที่ผลการประเมินต่างจากที่คำนวณได้"));
    assertThat(
            submit(withResult(form, 1, "explanation", "ผลคะแนนเพิ่มขึ้นมากที่สุดในกลุ่มจังหวัด")))
        .isEmpty();
  }

  @Test
  void notAchievedNeedsAReason() {
    assertThat(submit(withResult(sample(), 1, "notAchievedReason", null)))
        .containsExactly(
            error("results[1].measure.notAchievedReason", "ต้องระบุสาเหตุที่ไม่บรรลุเป้าหมาย"));
  }

  @Test
  void everyIndicatorNeedsProjectsOrTheRoutineWorkTick() {
    EsaMonitoring none = withResult(sample(), 0, "projectCodes", List.of());
    EsaMonitoring routine = withResult(none, 0, "routineWork", true);
    EsaMonitoring both = withResult(sample(), 0, "routineWork", true);

    assertThat(submit(none))
        .containsExactly(
            error(
                "results[0].projectCodes",
                "ต้องเลือกโครงการที่ขับเคลื่อนตัวชี้วัด หรือเลือก \"งานประจำ ไม่มีโครงการ\""));
    assertThat(submit(routine)).isEmpty();
    assertThat(submit(both))
        .containsExactly(
            error(
                "results[0].routineWork",
                "งานประจำไม่มีโครงการ กรุณายกเลิกการเลือกงานประจำ หรือนำโครงการออก"));
  }

  @Test
  void twelveMonthReportNeedsAResultForEveryIndicator() {
    EsaMonitoring form = withResult(sample(), 1, "result", null);

    assertThat(submit(form))
        .containsExactly(
            error(
                "results[1].measure.result",
                "รายงานรอบ 12 เดือนต้องระบุผลการดำเนินงาน เพื่อประเมินว่าบรรลุหรือไม่บรรลุเป้าหมาย"));
    assertThat(submit(with(form, "round", Round.ROUND_6M))).isEmpty();
  }

  @Test
  void twelveMonthReportDoesNotAllowInProgress() {
    EsaMonitoring form =
        withResult(
            withResult(sample(), 0, "assessmentOverride", Assessment.IN_PROGRESS),
            0,
            "explanation",
            "รอผลการประเมิน RT อย่างเป็นทางการ");

    assertThat(submit(form))
        .containsExactly(
            error(
                "results[0].measure.assessmentOverride",
                "รายงานรอบ 12 เดือนต้องประเมินว่าบรรลุหรือไม่บรรลุเป้าหมาย เลือก \"อยู่ระหว่างดำเนินการ\" ไม่ได้"));
    assertThat(submit(with(form, "round", Round.ROUND_6M))).isEmpty();
  }

  @Test
  void anIndicatorWithoutANumericTargetMustBeAssessedByHandIn12Months() {
    EsaMonitoring descriptive =
        withResult(
            withResult(sample(), 0, "target", null), 0, "targetNote", "มีคู่มือครบทุกโรงเรียน");

    assertThat(submit(descriptive))
        .extracting(Violation.Shown::path)
        .containsExactly("results[0].measure.assessmentOverride");
  }

  @Test
  void anIndicatorWithoutAnyTargetIsIncomplete() {
    EsaMonitoring noTarget = withResult(sample(), 0, "target", null);

    assertThat(submit(noTarget))
        .contains(error("results[0].measure.target", "ต้องระบุค่าเป้าหมาย เป็นตัวเลขหรือข้อความ"));
  }

  @Test
  void twelveMonthReportNeedsEvidence() {
    EsaMonitoring form = withResult(sample(), 2, "evidenceUrls", List.of());

    assertThat(submit(form))
        .containsExactly(
            error(
                "results[2].evidenceUrls",
                "ต้องระบุหลักฐาน/แหล่งข้อมูลอ้างอิงอย่างน้อย 1 รายการในรายงานรอบ 12 เดือน"));
    assertThat(submit(with(form, "round", Round.ROUND_6M))).isEmpty();
  }

  @Test
  void evidenceMayBeADocumentReferenceAsWellAsALink() {
    EsaMonitoring form =
        withResult(
            sample(),
            0,
            "evidenceUrls",
            List.of(
                "คำสั่ง สพป.กระบี่ ที่ 245/2569 เรื่อง แต่งตั้งคณะกรรมการนิเทศ",
                "รายงานผลการนิเทศ ติดตาม ภาคเรียนที่ 1/2568",
                "https://www.krabi1.go.th/report"));

    assertThat(submit(form)).isEmpty();
    assertThat(submit(withResult(sample(), 0, "evidenceUrls", List.of("-"))))
        .extracting(Violation.Shown::path)
        .containsExactly("results[0].evidenceUrls[0]");
  }

  @Test
  void aPercentageResultMustLieBetweenZeroAndAHundred() {
    EsaMonitoring form =
        withResult(
            withResult(withResult(sample(), 0, "numerator", null), 0, "denominator", null),
            0,
            "result",
            new BigDecimal("104"));

    assertThat(Forms71.validate(form, Stage.DRAFT))
        .containsExactly(error("results[0].measure.result", "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100"));
  }

  @Test
  void rejectsANegativeTargetEvenInADraft() {
    EsaMonitoring form = withResult(sample(), 1, "target", new BigDecimal("-1"));

    assertThat(Forms71.validate(form, Stage.DRAFT))
        .containsExactly(error("results[1].measure.target", "ต้องไม่ติดลบ"));
  }

  @Test
  void aPercentageTargetMustNotExceedAHundred() {
    EsaMonitoring form = withResult(sample(), 0, "target", new BigDecimal("100.5"));

    assertThat(Forms71.validate(form, Stage.DRAFT))
        .containsExactly(error("results[0].measure.target", "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100"));
    assertThat(
            Forms71.validate(withResult(sample(), 1, "target", new BigDecimal("150")), Stage.DRAFT))
        .as("a score target is not a percentage")
        .isEmpty();
  }

  @Test
  void anEmptyProjectCodeOrLinkFromAFileIsReportedAtItsIndex() {
    SubmissionDocument sample = Forms71.CODEC.sample(Forms71.PLUGIN);
    ObjectNode data = (ObjectNode) sample.data().deepCopy();
    ObjectNode row = (ObjectNode) data.get("results").get(0);
    row.putArray("projectCodes").add("KBI-2569-P03").addNull();
    row.putArray("evidenceUrls").addNull();

    EsaMonitoring form =
        Forms71.CODEC.toForm(
            Forms71.PLUGIN, new SubmissionDocument(sample.form(), sample.schemaVersion(), data));

    assertThat(form.results().getFirst().projectCodes()).containsExactly("KBI-2569-P03", null);
    assertThat(submit(form))
        .containsExactly(
            error("results[0].evidenceUrls[0]", "ต้องระบุ"),
            error("results[0].projectCodes[1]", "ต้องระบุ"));
    Forms71.TestContext context = Forms71.TestContext.demo(Forms71.supervisionProjects());
    assertThat(shownCrossChecks(form, context)).isEmpty();
    assertThat(FormPluginHarness.of(Forms71.PLUGIN).withContext(context).render(form)).isNotEmpty();
  }

  @Test
  void countsComeAsAPairWithTheCountNotAboveTheBase() {
    EsaMonitoring unpaired = withResult(sample(), 0, "denominator", null);
    EsaMonitoring above = withResult(sample(), 0, "numerator", new BigDecimal("1800"));

    assertThat(Forms71.validate(unpaired, Stage.DRAFT))
        .containsExactly(
            error(
                "results[0].measure.denominator",
                "ต้องระบุทั้งจำนวนที่ผ่านเกณฑ์และจำนวนทั้งหมด หรือเว้นว่างทั้งคู่"));
    assertThat(Forms71.validate(above, Stage.DRAFT))
        .containsExactly(
            error("results[0].measure.numerator", "จำนวนที่ผ่านเกณฑ์ต้องไม่มากกว่าจำนวนทั้งหมด"));
  }

  @Test
  void aNarrativeOfOnlyADashIsRejected() {
    assertThat(submit(withResult(sample(), 0, "narrative", "-")))
        .extracting(Violation.Shown::path)
        .containsExactly("results[0].narrative");
  }

  @Test
  void bestPracticesOrTheNoneTick() {
    EsaMonitoring none = with(sample(), "bestPractices", List.of());
    EsaMonitoring both = with(sample(), "noBestPractice", true);

    assertThat(submit(none))
        .containsExactly(error("bestPractices", "ต้องระบุอย่างน้อย 1 รายการ หรือเลือก \"ไม่มี\""));
    assertThat(submit(with(none, "noBestPractice", true))).isEmpty();
    assertThat(submit(both))
        .containsExactly(
            error(
                "noBestPractice",
                "เลือก \"ไม่มี\" แล้วต้องไม่มีรายการ กรุณายกเลิก \"ไม่มี\" หรือลบรายการ"));
  }

  @Test
  void atMostFourPhotosPerBestPractice() {
    BestPractice practice = sample().bestPractices().getFirst();
    Photo photo = practice.photos().getFirst();
    EsaMonitoring form =
        with(
            sample(),
            "bestPractices",
            List.of(with(practice, "photos", Collections.nCopies(5, photo))));

    assertThat(submit(form))
        .containsExactly(error("bestPractices[0].photos", "แนบภาพได้ไม่เกิน 4 ภาพ"));
  }

  @Test
  void aTargetNotAchievedIn12MonthsNeedsProblems() {
    EsaMonitoring form = with(with(sample(), "problems", List.of()), "noProblems", true);

    assertThat(submit(form))
        .containsExactly(
            error(
                "problems",
                "มีตัวชี้วัดที่ไม่บรรลุเป้าหมาย ต้องระบุปัญหาอุปสรรคและแนวทางแก้ไขอย่างน้อย 1 ข้อ"));
  }

  @Test
  void theReasonForATargetNotMetIsAskedInTheTwelveMonthReportAsInForm72() {
    EsaMonitoring sixMonths =
        withResult(with(sample(), "round", Round.ROUND_6M), 1, "notAchievedReason", null);

    assertThat(submit(sixMonths))
        .extracting(Violation.Shown::path)
        .doesNotContain("results[1].measure.notAchievedReason");
  }

  @Test
  void noProblemsIsFineWhenEveryTargetIsAchieved() {
    EsaMonitoring allAchieved =
        withResult(
            withResult(sample(), 1, "result", new BigDecimal("3.40")),
            1,
            "notAchievedReason",
            null);

    assertThat(submit(with(with(allAchieved, "problems", List.of()), "noProblems", true)))
        .isEmpty();
  }

  @Test
  void aSuggestionToAnotherBodyNamesIt() {
    Suggestion other = new Suggestion(Addressee.OTHER, null, "ควรจัดอบรมครูร่วมกับมหาวิทยาลัย");

    assertThat(submit(with(sample(), "suggestions", List.of(other))))
        .containsExactly(
            error("suggestions[0].otherAddressee", "ต้องระบุชื่อหน่วยงานที่รับข้อเสนอแนะ"));
    assertThat(other.addresseeText()).isEqualTo("อื่น ๆ");
    assertThat(with(other, "otherAddressee", "มหาวิทยาลัยราชภัฏภูเก็ต").addresseeText())
        .isEqualTo("มหาวิทยาลัยราชภัฏภูเก็ต");
  }

  @Test
  void requiresTheReporterAndTheCertifierOnSubmit() {
    EsaMonitoring form = with(with(sample(), "reporter", null), "certifier", null);

    assertThat(submit(form))
        .containsExactly(error("certifier", "ต้องระบุ"), error("reporter", "ต้องระบุ"));
  }

  @Test
  void aPhotoWithoutItsImageIsIncomplete() {
    BestPractice practice = sample().bestPractices().getFirst();
    Photo empty = new Photo(null, "ภาพกิจกรรม");
    EsaMonitoring form =
        with(sample(), "bestPractices", List.of(with(practice, "photos", List.of(empty))));

    assertThat(submit(form)).containsExactly(error("bestPractices[0].photos[0].image", "ต้องระบุ"));
  }

  private static List<Violation.Shown> shownCrossChecks(EsaMonitoring form, FormContext context) {
    return Violation.in(Forms71.PLUGIN.crossChecks(form, context), Lang.TH);
  }
}
