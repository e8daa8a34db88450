package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.forms.projectreport.Forms72.validate;
import static org.tidtam.testkit.Records.with;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.form.monitoring.Photo;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.node.ObjectNode;

class ProjectReportTests {

  private static ProjectReport emptyDraft() {
    return new ProjectReport(
        2569,
        Round.ROUND_12M,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void sampleIsACompleteSubmissionWithoutWarnings() {
    assertThat(submit(sample())).isEmpty();
  }

  @Test
  void draftAcceptsAnIncompleteFormThatSubmitRejects() {
    ProjectReport draft = emptyDraft();

    assertThat(validate(draft, Stage.DRAFT)).isEmpty();
    List<Violation.Shown> submitted = validate(draft, Stage.SUBMIT);
    assertThat(submitted)
        .extracting(Violation.Shown::path)
        .contains("projectName", "owners", "activities", "indicatorResults", "reporter");
    assertThat(submitted)
        .filteredOn(v -> v.path().equals("projectName"))
        .extracting(Violation.Shown::message)
        .containsExactly("ต้องระบุ");
    assertThat(submitted)
        .filteredOn(v -> v.path().equals("owners"))
        .extracting(Violation.Shown::message)
        .containsExactly("ต้องระบุผู้รับผิดชอบโครงการอย่างน้อย 1 คน");
  }

  @Test
  void rejectsFiscalYearOutside2560To2600EvenInADraft() {
    for (int year : new int[] {2559, 2601, 2026}) {
      assertThat(validate(with(sample(), "fiscalYear", year), Stage.DRAFT))
          .as("year %d", year)
          .containsExactly(
              new Violation.Shown(
                  "fiscalYear", "ปีงบประมาณต้องเป็นปี พ.ศ. ตั้งแต่ 2560 ถึง 2600", Severity.ERROR));
    }
    assertThat(validate(with(sample(), "fiscalYear", 2560), Stage.DRAFT)).isEmpty();
  }

  @Test
  void rejectsRoundsOtherThanSixAndTwelveMonths() {
    assertThat(validate(with(sample(), "round", Round.Q2), Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "round", "รายงานได้เฉพาะรอบ 6 เดือนและรอบ 12 เดือน", Severity.ERROR));
  }

  @Test
  void totalsAddUpTheFundingSources() {
    ProjectReport form = sample();

    assertThat(form.totalPlanned()).isEqualByComparingTo("150000.00");
    assertThat(form.totalAllocated()).isEqualByComparingTo("150000.00");
    assertThat(form.totalSpent6m()).isEqualByComparingTo("82410.00");
    assertThat(form.totalSpent12m()).isEqualByComparingTo("140000.00");
    assertThat(form.totalSpent()).isEqualByComparingTo("140000.00");
    assertThat(form.totalRemaining()).isEqualByComparingTo("10000.00");
    assertThat(form.totalDisbursementPct()).isEqualByComparingTo("93.33");
    assertThat(form.spendingVsPlan()).isEqualTo(SpendingVsPlan.BELOW_PLAN);
    assertThat(form.activitiesPlannedTotal()).isEqualByComparingTo("150000.00");
    assertThat(form.activitiesSpentTotal()).isEqualByComparingTo("140000.00");
    assertThat(form.expensesTotal()).isEqualByComparingTo("140000.00");
    assertThat(form.indicatorsAchieved()).isEqualTo(3);
  }

  @Test
  void totalDisbursementIsNullWhenNothingWasAllocated() {
    ProjectReport none =
        with(
            sample(),
            "fundingSources",
            List.of(
                new FundingRow(
                    FundingSource.NO_BUDGET,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    null,
                    null,
                    null,
                    null)));

    assertThat(none.totalDisbursementPct()).isNull();
    assertThat(none.totalRemaining()).isEqualByComparingTo("0");
  }

  @Test
  void leaderIsTheOwnerMarkedLeader() {
    assertThat(sample().leader()).isNotNull();
    assertThat(sample().leader().name()).isEqualTo("นางพิมพ์ชนก  ศรีสุข");
  }

  @Test
  void satisfactionMeanIsInterpretedOnTheFivePointScale() {
    assertThat(sample().satisfactionLevel()).isEqualTo(SatisfactionLevel.HIGHEST);
    assertThat(with(sample(), "satisfactionMean", new BigDecimal("4.50")).satisfactionLevel())
        .isEqualTo(SatisfactionLevel.HIGH);
    assertThat(with(sample(), "satisfactionMean", null).satisfactionLevel()).isNull();
  }

  @Test
  void satisfactionLevelIsReadFromTheMeanAsPrinted() {
    assertThat(SatisfactionLevel.of(new BigDecimal("4.505"))).isEqualTo(SatisfactionLevel.HIGHEST);
    assertThat(SatisfactionLevel.of(new BigDecimal("4.5049"))).isEqualTo(SatisfactionLevel.HIGH);
    assertThat(SatisfactionLevel.of(new BigDecimal("3.505"))).isEqualTo(SatisfactionLevel.HIGH);
    assertThat(SatisfactionLevel.of(new BigDecimal("2.505"))).isEqualTo(SatisfactionLevel.MEDIUM);
    assertThat(SatisfactionLevel.of(new BigDecimal("1.505"))).isEqualTo(SatisfactionLevel.LOW);
    assertThat(SatisfactionLevel.of(new BigDecimal("1.504"))).isEqualTo(SatisfactionLevel.LOWEST);
  }

  @Test
  void rejectsSatisfactionMeanOutsideOneToFive() {
    assertThat(validate(with(sample(), "satisfactionMean", new BigDecimal("5.10")), Stage.DRAFT))
        .containsExactly(
            new Violation.Shown(
                "satisfactionMean",
                "ค่าเฉลี่ยความพึงพอใจต้องอยู่ระหว่าง 1.00 ถึง 5.00",
                Severity.ERROR));
  }

  @Test
  void rejectsMoreThanSixPhotos() {
    Photo photo = new Photo(new org.tidtam.form.Image("a.png", "image/png", new byte[] {1}), "ภาพ");
    assertThat(
            validate(
                with(sample(), "photos", java.util.Collections.nCopies(7, photo)), Stage.DRAFT))
        .extracting(Violation.Shown::path, Violation.Shown::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("photos", "แนบภาพได้ไม่เกิน 6 ภาพ"));
  }

  @Test
  void rejectsAPlaceholderDashAsRationale() {
    assertThat(submit(with(sample(), "rationale", " - ")))
        .containsExactly(
            new Violation.Shown(
                "rationale",
                "ต้องระบุข้อความที่มีความหมาย หากไม่มีให้ระบุว่า \"ไม่มี\"",
                Severity.ERROR));
  }

  @Test
  void anEmptyObjectiveOrLinkFromAFileIsReportedAtItsIndex() {
    SubmissionCodec codec = SubmissionCodec.create();
    SubmissionDocument sample = codec.sample(Forms72.PLUGIN);
    ObjectNode data = (ObjectNode) sample.data().deepCopy();
    data.putArray("objectives").add("เพื่อคัดกรองนักเรียน").addNull();
    data.putArray("evidenceLinks").addNull();

    ProjectReport form =
        codec.toForm(
            Forms72.PLUGIN, new SubmissionDocument(sample.form(), sample.schemaVersion(), data));

    assertThat(form.objectives()).containsExactly("เพื่อคัดกรองนักเรียน", null);
    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("evidenceLinks[0]", "ต้องระบุ", Severity.ERROR),
            new Violation.Shown("objectives[1]", "ต้องระบุ", Severity.ERROR));
    assertThat(validate(form, Stage.DRAFT)).isEmpty();
  }

  @Test
  void anEmptyObjectiveIsKeptInAnUnmodifiableList() {
    ProjectReport form = with(sample(), "objectives", Arrays.asList(null, "เพื่อพัฒนาครู"));

    assertThat(form.objectives()).containsExactly(null, "เพื่อพัฒนาครู");
    assertThatThrownBy(() -> form.objectives().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(submit(form))
        .containsExactly(new Violation.Shown("objectives[0]", "ต้องระบุ", Severity.ERROR));
  }
}
