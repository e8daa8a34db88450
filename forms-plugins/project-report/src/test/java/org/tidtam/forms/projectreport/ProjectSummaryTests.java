package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.ProjectSummary;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.FormContexts;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.testkit.Records;
import org.tidtam.thai.Round;

class ProjectSummaryTests {
  private final ProjectReportPlugin plugin = Forms72.PLUGIN;

  @Test
  void summarisesTheSampleForForm71() {
    ProjectSummary s = plugin.summarize(Forms72.sample());

    assertThat(s.name()).isEqualTo("โครงการขับเคลื่อนการอ่านออกเขียนได้");
    assertThat(s.groupCode()).isEqualTo("SUPERVISION");
    assertThat(s.allocated()).isEqualByComparingTo(Forms72.sample().totalAvailable());
    assertThat(s.spent()).isEqualByComparingTo(Forms72.sample().totalSpent());
    assertThat(s.status().th()).isEqualTo("ดำเนินการแล้วเสร็จ");
    assertThat(s.assessment().th()).isIn("บรรลุผลตามเป้าหมาย", "ไม่บรรลุผลตามเป้าหมาย");
  }

  @Test
  void projectIsInProgressWhileAnyActivityIsOpen() {
    ProjectReport open =
        Records.withRow(Forms72.sample(), "activities", 2, "status", OperationStatus.IN_PROGRESS);

    assertThat(open.projectStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
    assertThat(plugin.summarize(open).status().th()).isEqualTo("อยู่ระหว่างดำเนินการ");
  }

  @Test
  void projectIsNotAchievedWhenAnIndicatorIsNot() {
    ProjectReport sample = Forms72.sample();
    TargetAssessment expected =
        sample.notAchievedCount() > 0 ? TargetAssessment.NOT_ACHIEVED : TargetAssessment.ACHIEVED;

    assertThat(sample.projectAssessment()).isEqualTo(expected);
  }

  @Test
  void contextFindsTheProjectByYearRoundAndGroup() {
    var doc = SubmissionCodec.create().sample(plugin);
    var context =
        FormContexts.of(Catalog.demoCatalog(), List.of(doc), FormRegistry.of(List.of(plugin)));

    List<ProjectSummary> projects = context.projects(2569, Round.ROUND_12M, "SUPERVISION");

    assertThat(projects).hasSize(1);
    assertThat(projects.getFirst().allocated()).isGreaterThan(BigDecimal.ZERO);
    assertThat(context.projects(2569, Round.ROUND_6M, "SUPERVISION")).isEmpty();
    assertThat(context.projects(2569, Round.ROUND_12M, "PLAN")).isEmpty();
  }
}
