package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** The real cases of the office's project reports, accepted on submit as the host checks them. */
class RealCasesTests {
  private static final ProjectReportPlugin PLUGIN = new ProjectReportPlugin();
  private static final FormPluginHarness<ProjectReport> HARNESS = FormPluginHarness.of(PLUGIN);

  private static ProjectReport sample() {
    return HARNESS.sample();
  }

  private static List<Violation.Shown> errors(ProjectReport form) {
    return HARNESS.validate(form, Stage.SUBMIT).stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .toList();
  }

  @Test
  void theSampleIsAccepted() {
    assertThat(HARNESS.validate(sample(), Stage.SUBMIT)).isEmpty();
  }

  @Test
  void aProjectWithQuantitativeTargetsOnlyIsAccepted() {
    assertThat(errors(with(sample(), "qualitativeTargets", List.of()))).isEmpty();
    assertThat(errors(with(sample(), "quantitativeTargets", List.of()))).isEmpty();
    assertThat(
            errors(
                with(
                    with(sample(), "qualitativeTargets", List.of()),
                    "quantitativeTargets",
                    List.of())))
        .extracting(Violation.Shown::path)
        .containsExactly("quantitativeTargets");
  }

  @Test
  void aBudgetCutByTransferIsEntered() {
    ProjectReport cut =
        withRow(sample(), "fundingSources", 0, "reducedAllocation", new BigDecimal("8000.00"));

    assertThat(cut.fundingSources().getFirst().available()).isEqualByComparingTo("112000.00");
    assertThat(errors(cut)).isEmpty();
  }

  @Test
  void aRefundBelowTheSixMonthSpendIsAWarningOnly() {
    ProjectReport refund =
        withRow(sample(), "fundingSources", 1, "spent12m", new BigDecimal("9500.00"));

    assertThat(HARNESS.validate(refund, Stage.SUBMIT))
        .filteredOn(v -> v.path().equals("fundingSources[1].spent12m"))
        .extracting(Violation.Shown::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void leftoverHandlingIsAskedOnlyForMoneyThatIsReturnedOrCarriedOver() {
    ProjectReport nonBudget =
        with(
            withRow(sample(), "fundingSources", 1, "source", FundingSource.NON_BUDGET),
            "leftoverHandling",
            null);
    ProjectReport government =
        with(
            withRow(sample(), "fundingSources", 0, "spent12m", new BigDecimal("100000.00")),
            "leftoverHandling",
            null);

    assertThat(nonBudget.remainingToHandle()).isEqualByComparingTo("8000.00");
    assertThat(
            errors(with(nonBudget, "fundingSources", List.of(nonBudget.fundingSources().get(1)))))
        .extracting(Violation.Shown::path)
        .doesNotContain("leftoverHandling");
    assertThat(errors(government)).extracting(Violation.Shown::path).contains("leftoverHandling");
  }

  @Test
  void theOfficeDirectorsEndorsementIsOptional() {
    assertThat(errors(with(sample(), "esaDirector", null))).isEmpty();
  }

  @Test
  void statesItsIndicatorResultsForForm71() {
    ProjectReport form = sample();
    List<IndicatorFact> facts =
        PLUGIN.facts(form, PLUGIN.filing(form).orElseThrow()).stream()
            .filter(IndicatorFact.class::isInstance)
            .map(IndicatorFact.class::cast)
            .toList();

    assertThat(facts)
        .extracting(IndicatorFact::indicatorCode)
        .containsExactly("KBI-2569-2.3", "KBI-2569-2.1");
    IndicatorFact rt = facts.get(1);
    assertThat(rt.result()).isEqualByComparingTo("78.50");
    assertThat(rt.achieved()).isTrue();
    assertThat(rt.from(FormId.of("7.2"))).isTrue();
  }
}
