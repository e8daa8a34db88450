package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.DemoOffice;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.form.DemoText;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.testkit.DocxText;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;

class EsaDemoTests {

  private final EsaMonitoringPlugin plugin = new EsaMonitoringPlugin();
  private final FormPluginHarness<EsaMonitoring> harness = FormPluginHarness.of(plugin);
  private final Catalog catalog = DemoOffice.of(2569, 20, 12, 3);

  private List<EsaMonitoring> demo(String unit, Round round, FormContext context, long seed) {
    return plugin.demo(
        harness.sample(), new Filing(2569, round, unit), context, new SplittableRandom(seed));
  }

  @Test
  void givesOneReportPerGroupThatPassesTheSubmitCheck() {
    for (OrgGroup group : catalog.groups()) {
      List<EsaMonitoring> reports = demo(group.code(), Round.ROUND_12M, FormContext.of(catalog), 9);

      assertThat(reports).hasSize(1);
      EsaMonitoring report = reports.getFirst();
      assertThat(report.reportingGroup()).isEqualTo(group.code());
      assertThat(harness.violations(report, Stage.SUBMIT)).as(group.code()).isEmpty();
      assertThat(report.results())
          .extracting(IndicatorResult::indicatorCode)
          .containsExactlyElementsOf(
              catalog.indicators().stream()
                  .filter(i -> i.ownerGroup().equals(group.code()))
                  .map(i -> i.code())
                  .toList());
      assertThat(report.suggestions().getFirst().text()).startsWith(DemoText.NOTE.th());
    }
  }

  @Test
  void takesItsRowsResultsAndBudgetsFromTheGroupsProjectReports() {
    Filing filing = new Filing(2569, Round.ROUND_12M, "SUPERVISION");
    ProjectFact project =
        new ProjectFact(
            filing,
            "KBI-2569-P04",
            "โครงการขับเคลื่อนการอ่านออกเขียนได้",
            new BigDecimal("150000.00"),
            new BigDecimal("141000.00"),
            null,
            null,
            List.of("KBI-2569-2.3"),
            "OBEC-2569-04",
            List.of("FOCUS-2569-4"));
    IndicatorFact result =
        new IndicatorFact(
            filing,
            "KBI-2569-2.3",
            new BigDecimal("80"),
            new BigDecimal("84.62"),
            true,
            FormId.of("7.2"));
    FormContext context =
        new FormContext() {
          @Override
          public Catalog catalog() {
            return catalog;
          }

          @Override
          @SuppressWarnings("unchecked")
          public <T extends Fact> List<T> facts(Class<T> kind, int year, Round round, String unit) {
            if (!unit.equals("SUPERVISION")) {
              return List.of();
            }
            return kind == ProjectFact.class
                ? (List<T>) List.of(project)
                : kind == IndicatorFact.class ? (List<T>) List.of(result) : List.of();
          }
        };

    EsaMonitoring report = demo("SUPERVISION", Round.ROUND_12M, context, 9).getFirst();

    IndicatorResult row =
        report.results().stream()
            .filter(r -> r.indicatorCode().equals("KBI-2569-2.3"))
            .findFirst()
            .orElseThrow();
    assertThat(row.measure().result()).isEqualByComparingTo("84.62");
    assertThat(row.projectCodes()).containsExactly("KBI-2569-P04");
    assertThat(row.budgetAllocated()).isEqualByComparingTo("150000.00");
    assertThat(row.budgetSpent()).isEqualByComparingTo("141000.00");
    assertThat(plugin.crossChecks(report, context)).isEmpty();
    assertThat(harness.violations(report, Stage.SUBMIT)).isEmpty();
  }

  @Test
  void givesTheSixMonthReportWithItsIndicatorsInProgress() {
    for (OrgGroup group : catalog.groups()) {
      EsaMonitoring report =
          demo(group.code(), Round.ROUND_6M, FormContext.of(catalog), 9).getFirst();

      assertThat(harness.violations(report, Stage.SUBMIT)).as(group.code()).isEmpty();
      assertThat(report.round()).isEqualTo(Round.ROUND_6M);
      assertThat(report.dataAsOf()).isEqualTo(java.time.LocalDate.of(2026, 3, 31));
      assertThat(report.results()).allSatisfy(r -> assertThat(r.resultValue()).isNull());
    }
  }

  @Test
  void isTheSameForTheSameSeedAndNothingForASchoolOrAnotherRound() {
    FormContext context = FormContext.of(catalog);
    assertThat(demo("FINANCE", Round.ROUND_12M, context, 4))
        .isEqualTo(demo("FINANCE", Round.ROUND_12M, context, 4));
    assertThat(demo("81010001", Round.ROUND_12M, context, 4)).isEmpty();
    assertThat(demo("FINANCE", Round.Q3, context, 4)).isEmpty();
  }

  @Test
  void theRenderedReportSaysItIsDemoData() {
    EsaMonitoring report =
        demo("PERSONNEL", Round.ROUND_12M, FormContext.of(catalog), 2).getFirst();

    String text =
        String.join(
            "\n", DocxText.paragraphs(harness.withContext(FormContext.of(catalog)).render(report)));

    assertThat(text).contains(DemoText.NOTE.th());
  }
}
