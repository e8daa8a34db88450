package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.DemoOffice;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.Project;
import org.tidtam.form.DemoText;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.testkit.DocxText;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

class ProjectDemoTests {

  private final ProjectReportPlugin plugin = new ProjectReportPlugin();
  private final FormPluginHarness<ProjectReport> harness = FormPluginHarness.of(plugin);
  private final Catalog catalog = DemoOffice.of(2569, 30, 25, 11);

  private List<ProjectReport> demo(String group, Round round, long seed) {
    return plugin.demo(
        harness.sample(),
        new Filing(2569, round, group),
        FormContext.of(catalog),
        new SplittableRandom(seed));
  }

  @Test
  void givesOneReportPerProjectOfTheGroupThatPassesTheSubmitCheckWithoutWarnings() {
    List<ProjectReport> all = new ArrayList<>();
    for (OrgGroup group : catalog.groups()) {
      List<ProjectReport> reports = demo(group.code(), Round.ROUND_12M, 5);
      assertThat(reports)
          .extracting(ProjectReport::projectCode)
          .containsExactlyElementsOf(
              catalog.projectsOf(2569).stream()
                  .filter(p -> p.ownerGroup().equals(group.code()))
                  .map(Project::code)
                  .toList());
      all.addAll(reports);
    }
    assertThat(all).hasSize(25);
    for (ProjectReport r : all) {
      List<Violation> found = harness.violations(r, Stage.SUBMIT);
      assertThat(found).as(r.projectCode()).isEmpty();
      Project project =
          catalog.projectsOf(2569).stream()
              .filter(p -> p.code().equals(r.projectCode()))
              .findFirst()
              .orElseThrow();
      assertThat(r.totalAvailable()).isEqualByComparingTo(project.budget());
      assertThat(r.totalSpent()).isLessThanOrEqualTo(project.budget());
      assertThat(r.activitiesPlannedTotal()).isEqualByComparingTo(project.budget());
      assertThat(r.activitiesSpentTotal()).isEqualByComparingTo(r.totalSpent());
      assertThat(r.expensesTotal()).isEqualByComparingTo(r.totalSpent());
      assertThat(r.suggestions()).startsWith(DemoText.NOTE.th());
    }
  }

  @Test
  void givesTheSixMonthReportsOfTheSameProjectsInProgress() {
    for (OrgGroup group : catalog.groups()) {
      List<ProjectReport> twelve = demo(group.code(), Round.ROUND_12M, 5);
      List<ProjectReport> six = demo(group.code(), Round.ROUND_6M, 5);
      assertThat(six)
          .extracting(ProjectReport::projectCode)
          .isEqualTo(twelve.stream().map(ProjectReport::projectCode).toList());
      for (int i = 0; i < six.size(); i++) {
        ProjectReport r = six.get(i);
        assertThat(harness.violations(r, Stage.SUBMIT)).as(r.projectCode()).isEmpty();
        assertThat(r.round()).isEqualTo(Round.ROUND_6M);
        assertThat(r.projectStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(r.totalSpent()).isEqualByComparingTo(twelve.get(i).totalSpent6m());
        assertThat(r.activitiesSpentTotal()).isEqualByComparingTo(r.totalSpent());
        assertThat(r.expensesTotal()).isEqualByComparingTo(r.totalSpent());
        assertThat(r.indicatorResults()).allSatisfy(x -> assertThat(x.result()).isNull());
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameReportsAndAnotherSeedOthers() {
    assertThat(demo("SUPERVISION", Round.ROUND_12M, 5))
        .isEqualTo(demo("SUPERVISION", Round.ROUND_12M, 5))
        .isNotEqualTo(demo("SUPERVISION", Round.ROUND_12M, 6));
  }

  @Test
  void givesNothingForASchoolOrAnotherRound() {
    assertThat(demo("81010001", Round.ROUND_12M, 5)).isEmpty();
    assertThat(demo("SUPERVISION", Round.Q1, 5)).isEmpty();
  }

  @Test
  void theRenderedReportSaysItIsDemoData() {
    ProjectReport report = demo("PLAN", Round.ROUND_12M, 5).getFirst();

    String text =
        String.join(
            "\n", DocxText.paragraphs(harness.withContext(FormContext.of(catalog)).render(report)));

    assertThat(text).contains(DemoText.NOTE.th()).contains(report.projectName());
  }
}
