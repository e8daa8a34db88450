package org.tidtam.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.testforms.Person;
import org.tidtam.testforms.Row;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestReport;

class FormValidatorTests {

  private static final FormValidator VALIDATOR = FormValidator.create();
  private static final SubmissionCodec CODEC = SubmissionCodec.create();

  private static TestReport sample() {
    TestFormPlugin plugin = new TestFormPlugin();
    return CODEC.toForm(plugin, CODEC.sample(plugin));
  }

  /** A mostly empty draft: only the fiscal year, which even a draft needs. */
  private static TestReport draft() {
    return new TestReport(
        null, 2569, null, null, null, null, null, false, null, null, null, null, null, List.of(),
        List.of(), null, List.of(), null, null, List.of());
  }

  private static TestReport withRows(TestReport r, List<Row> rows) {
    return new TestReport(
        r.projectName(),
        r.fiscalYear(),
        r.group(),
        r.status(),
        r.priority(),
        r.startDate(),
        r.endDate(),
        r.centralBudget(),
        r.budget(),
        r.targetPercent(),
        r.summary(),
        r.phone(),
        r.reportDate(),
        rows,
        r.schools(),
        r.targets(),
        r.problems(),
        r.reporter(),
        r.signature(),
        r.photos());
  }

  private static TestReport withTexts(TestReport r, String summary, String projectName) {
    return new TestReport(
        projectName,
        r.fiscalYear(),
        r.group(),
        r.status(),
        r.priority(),
        r.startDate(),
        r.endDate(),
        r.centralBudget(),
        r.budget(),
        r.targetPercent(),
        summary,
        r.phone(),
        r.reportDate(),
        r.rows(),
        r.schools(),
        r.targets(),
        r.problems(),
        r.reporter(),
        r.signature(),
        r.photos());
  }

  private static TestReport withDates(TestReport r, LocalDate start, LocalDate end, LocalDate at) {
    return new TestReport(
        r.projectName(),
        r.fiscalYear(),
        r.group(),
        r.status(),
        r.priority(),
        start,
        end,
        r.centralBudget(),
        r.budget(),
        r.targetPercent(),
        r.summary(),
        r.phone(),
        at,
        r.rows(),
        r.schools(),
        r.targets(),
        r.problems(),
        r.reporter(),
        r.signature(),
        r.photos());
  }

  @Test
  void acceptsTheSampleForSubmission() {
    assertThat(VALIDATOR.validate(sample(), Stage.SUBMIT)).isEmpty();
  }

  @Test
  void aDraftNeedsOnlyWhatTheDefaultGroupDemands() {
    assertThat(VALIDATOR.validate(draft(), Stage.DRAFT)).isEmpty();
  }

  @Test
  void submittingDemandsTheCompleteGroupInThai() {
    assertThat(VALIDATOR.validate(draft(), Stage.SUBMIT))
        .extracting(Violation::toString)
        .containsExactly(
            "budget: ต้องระบุ",
            "group: ต้องระบุ",
            "projectName: ต้องระบุ",
            "rows: ต้องระบุ",
            "status: ต้องระบุ",
            "summary: ต้องระบุ");
  }

  @Test
  void speaksEnglishOnRequest() {
    assertThat(VALIDATOR.validate(draft(), Stage.SUBMIT, Lang.EN))
        .extracting(Violation.Shown::toString)
        .contains("budget: is required", "rows: is required");
  }

  @Test
  void speaksEnglishEvenWhenTheMachineSpeaksThai() {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(Lang.TH.locale());
    try {
      assertThat(FormValidator.create().validate(draft(), Stage.SUBMIT, Lang.EN))
          .extracting(Violation.Shown::message)
          .containsOnly("is required");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void interpolatesParametersAndExpressionsInBothLanguages() {
    TestReport tooLong = withTexts(sample(), "สรุป", "ก".repeat(201));
    assertThat(VALIDATOR.validate(tooLong, Stage.DRAFT))
        .extracting(Violation::toString)
        .containsExactly("projectName: ขนาดต้องไม่เกิน 200");
    assertThat(VALIDATOR.validate(tooLong, Stage.DRAFT, Lang.EN))
        .extracting(Violation.Shown::toString)
        .containsExactly("projectName: size must be at most 200");
  }

  @Test
  void aClassLevelRuleMarksTheExactCell() {
    TestReport sample = sample();
    List<Row> rows = new ArrayList<>(sample.rows());
    rows.add(new Row("ซื้อรถ", null, new BigDecimal("200000.00")));
    List<Violation> violations = VALIDATOR.validate(withRows(sample, rows), Stage.SUBMIT);
    assertThat(violations)
        .extracting(Violation::toString)
        .containsExactly("rows[2].amount: ต้องไม่เกินงบประมาณ");
    rows.set(1, new Row("เกินงบ", null, new BigDecimal("150000.51")));
    assertThat(VALIDATOR.validate(withRows(sample, rows), Stage.DRAFT, Lang.EN))
        .extracting(Violation.Shown::toString)
        .containsExactly(
            "rows[1].amount: must not exceed the budget",
            "rows[2].amount: must not exceed the budget");
  }

  @Test
  void reportsNestedPropertiesWithIndices() {
    TestReport sample = sample();
    List<Row> rows = List.of(sample.rows().get(0), new Row("", null, new BigDecimal("-1")));
    assertThat(VALIDATOR.validate(withRows(sample, rows), Stage.SUBMIT))
        .extracting(Violation::toString)
        .containsExactly("rows[1].amount: ต้องไม่ติดลบ", "rows[1].name: ต้องระบุ");
  }

  @Test
  void aWarningPayloadGivesAWarningThatComesAfterErrors() {
    TestReport r = sample();
    TestReport future = withDates(r, r.startDate(), r.endDate(), LocalDate.now().plusYears(1));
    future = withTexts(future, "-", r.projectName());
    List<Violation> violations = VALIDATOR.validate(future, Stage.SUBMIT);
    assertThat(violations)
        .extracting(Violation::path, Violation::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("summary", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("reportDate", Severity.WARNING));
    assertThat(violations.get(1).text(Lang.TH)).isEqualTo("ต้องไม่เป็นวันที่ในอนาคต");
    assertThat(violations.get(1).message().key())
        .isEqualTo("jakarta.validation.constraints.PastOrPresent.message");
    assertThat(violations.get(1).isError()).isFalse();
  }

  @Test
  void dateOrderIsReportedOnTheEndDate() {
    TestReport r = sample();
    TestReport reversed =
        withDates(r, LocalDate.of(2026, 9, 30), LocalDate.of(2025, 10, 1), r.reportDate());
    assertThat(VALIDATOR.validate(reversed, Stage.DRAFT))
        .extracting(Violation::toString)
        .containsExactly("endDate: วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น");
  }

  @Test
  void validatesNestedGroups() {
    TestReport r = sample();
    TestReport noName =
        new TestReport(
            r.projectName(),
            r.fiscalYear(),
            r.group(),
            r.status(),
            r.priority(),
            r.startDate(),
            r.endDate(),
            r.centralBudget(),
            r.budget(),
            r.targetPercent(),
            r.summary(),
            r.phone(),
            r.reportDate(),
            r.rows(),
            r.schools(),
            r.targets(),
            r.problems(),
            new Person(" ", null),
            r.signature(),
            r.photos());
    assertThat(VALIDATOR.validate(noName, Stage.SUBMIT))
        .extracting(Violation::toString)
        .containsExactly("reporter.name: ต้องระบุ");
  }
}
