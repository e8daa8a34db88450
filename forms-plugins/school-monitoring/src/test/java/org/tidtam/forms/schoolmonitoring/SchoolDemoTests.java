package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.DemoOffice;
import org.tidtam.catalog.School;
import org.tidtam.form.DemoText;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.testkit.DocxText;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;

class SchoolDemoTests {

  private final SchoolMonitoringPlugin plugin = new SchoolMonitoringPlugin();
  private final FormPluginHarness<SchoolMonitoring> harness = FormPluginHarness.of(plugin);
  private final Catalog catalog = DemoOffice.of(2569, 120, 5, 21);

  private List<SchoolMonitoring> demo(String unit, Round round, long seed) {
    return plugin.demo(
        harness.sample(),
        new Filing(2569, round, unit),
        FormContext.of(catalog),
        new SplittableRandom(seed));
  }

  @Test
  void givesEverySchoolAReportThatPassesTheSubmitCheckWithoutWarnings() {
    for (School school : catalog.schools()) {
      List<SchoolMonitoring> reports = demo(school.code(), Round.ROUND_12M, 8);

      assertThat(reports).hasSize(1);
      SchoolMonitoring report = reports.getFirst();
      assertThat(harness.violations(report, Stage.SUBMIT)).as(school.code()).isEmpty();
      assertThat(report.schoolCode()).isEqualTo(school.code());
      assertThat(report.schoolFullName()).isEqualTo(school.name());
      assertThat(report.district()).isEqualTo(school.district());
      assertThat(report.totalStudents()).isEqualTo(school.students());
      assertThat(report.size().catalogSize()).isEqualTo(school.size());
      assertThat(report.suggestions()).startsWith(DemoText.NOTE.th());
    }
  }

  @Test
  void isTheSameForTheSameSeedAndNothingForAGroupOrAnotherRound() {
    assertThat(demo("81010030", Round.ROUND_12M, 3))
        .isEqualTo(demo("81010030", Round.ROUND_12M, 3))
        .isNotEqualTo(demo("81010030", Round.ROUND_12M, 4));
    assertThat(demo("SUPERVISION", Round.ROUND_12M, 3)).isEmpty();
    assertThat(demo("81010030", Round.Q2, 3)).isEmpty();
    SchoolMonitoring six = demo("81010030", Round.ROUND_6M, 3).getFirst();
    assertThat(six.round()).isEqualTo(Round.ROUND_6M);
    assertThat(harness.violations(six, Stage.SUBMIT)).isEmpty();
    assertThat(six.reporter().date())
        .isBetween(java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 4, 10));
  }

  @Test
  void theRenderedReportSaysItIsDemoData() {
    SchoolMonitoring report = demo("81010040", Round.ROUND_12M, 2).getFirst();

    String text =
        String.join(
            "\n", DocxText.paragraphs(harness.withContext(FormContext.of(catalog)).render(report)));

    assertThat(text).contains(DemoText.NOTE.th()).contains(report.schoolFullName());
  }
}
