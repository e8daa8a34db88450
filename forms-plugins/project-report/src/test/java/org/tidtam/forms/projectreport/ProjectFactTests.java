package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.DocumentStore;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionService;
import org.tidtam.testkit.Records;
import org.tidtam.thai.Round;

class ProjectFactTests {
  private final ProjectReportPlugin plugin = Forms72.PLUGIN;

  private ProjectFact fact(ProjectReport form) {
    return (ProjectFact) plugin.facts(form, plugin.filing(form).orElseThrow()).getFirst();
  }

  @Test
  void statesTheSampleAsAProjectForOtherForms() {
    ProjectReport sample = Forms72.sample();
    ProjectFact s = fact(sample);

    assertThat(plugin.factKinds())
        .containsExactlyInAnyOrder(ProjectFact.class, IndicatorFact.class);
    assertThat(s.filing().fiscalYear()).isEqualTo(2569);
    assertThat(s.filing().round()).isEqualTo(Round.ROUND_12M);
    assertThat(s.name()).isEqualTo("โครงการขับเคลื่อนการอ่านออกเขียนได้");
    assertThat(s.groupCode()).isEqualTo("SUPERVISION");
    assertThat(s.allocated()).isEqualByComparingTo(sample.totalAvailable());
    assertThat(s.spent()).isEqualByComparingTo(sample.totalSpent());
    assertThat(s.status().th()).isEqualTo("ดำเนินการแล้วเสร็จ");
    assertThat(s.assessment()).isEqualTo(sample.projectAssessment().label());
    assertThat(s.indicatorCodes()).isEqualTo(sample.esaIndicators());
    assertThat(s.policyCode()).isEqualTo(sample.obecPolicy());
    assertThat(s.focusCodes()).isEqualTo(sample.obecFocus());
  }

  @Test
  void statesTheMoneyOfEachFundingSource() {
    // the sample: government budget 120,000 allocated, 112,000 spent at 12 months; other
    // agencies 30,000 allocated, 28,000 spent; together 150,000 and 140,000
    ProjectFact s = fact(Forms72.sample());

    assertThat(s.funding())
        .extracting(ProjectFact.Funding::sourceCode)
        .containsExactly("GOVERNMENT_BUDGET", "OTHER_AGENCY");
    assertThat(s.funding().getFirst().source().th()).isEqualTo("เงินงบประมาณ (งบประมาณแผ่นดิน)");
    assertThat(s.funding().get(0).allocated()).isEqualByComparingTo("120000");
    assertThat(s.funding().get(0).spent()).isEqualByComparingTo("112000");
    assertThat(s.funding().get(1).allocated()).isEqualByComparingTo("30000");
    assertThat(s.funding().get(1).spent()).isEqualByComparingTo("28000");
    assertThat(s.allocated()).isEqualByComparingTo("150000");
    assertThat(s.spent()).isEqualByComparingTo("140000");
  }

  @Test
  void hasNoFilingWithoutItsGroup() {
    assertThat(plugin.filing(Records.with(Forms72.sample(), "responsibleGroup", " "))).isEmpty();
  }

  @Test
  void projectIsInProgressWhileAnyActivityIsOpen() {
    ProjectReport open =
        Records.withRow(Forms72.sample(), "activities", 2, "status", OperationStatus.IN_PROGRESS);

    assertThat(open.projectStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
    assertThat(fact(open).status().th()).isEqualTo("อยู่ระหว่างดำเนินการ");
  }

  @Test
  void projectIsNotAchievedWhenAnIndicatorIsNot() {
    ProjectReport sample = Forms72.sample();
    ProjectReport allMet =
        Records.with(
            sample,
            "indicatorResults",
            sample.indicatorResults().stream()
                .filter(r -> Boolean.TRUE.equals(r.achieved()))
                .toList());
    assertThat(allMet.indicatorResults().getFirst().indicatorCode()).isEqualTo("KBI-2569-2.3");
    assertThat(allMet.projectAssessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(fact(allMet).assessment().th()).isEqualTo("บรรลุเป้าหมาย");

    // 1,000 of 4,680 pupils read well: 21.37 %, below the target of 80 %
    ProjectReport failing = Forms72.withMeasure(allMet, 0, "numerator", new BigDecimal("1000"));

    assertThat(failing.notAchievedCount()).isEqualTo(1);
    assertThat(failing.projectAssessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(fact(failing).assessment().th()).isEqualTo("ไม่บรรลุเป้าหมาย");
  }

  @Test
  void contextFindsTheProjectByYearRoundAndGroup() {
    var doc = SubmissionCodec.create().sample(plugin);
    FormRegistry registry = FormRegistry.of(List.of(plugin));
    FormContext context =
        SubmissionService.create(registry)
            .context(Catalog.demoCatalog(), DocumentStore.of(List.of(doc), registry));

    List<ProjectFact> projects = context.projects(2569, Round.ROUND_12M, "SUPERVISION");

    assertThat(projects).hasSize(1);
    assertThat(projects.getFirst().allocated()).isGreaterThan(BigDecimal.ZERO);
    assertThat(context.projects(2569, Round.ROUND_6M, "SUPERVISION")).isEmpty();
    assertThat(context.projects(2569, Round.ROUND_12M, "PLAN")).isEmpty();
  }
}
