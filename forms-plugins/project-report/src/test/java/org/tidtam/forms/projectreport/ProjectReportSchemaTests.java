package org.tidtam.forms.projectreport;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.SchemaConformance;

/**
 * The JSON Schema of form 7.2 says every rule of the form that JSON Schema can say: random
 * documents within it (Thai, emoji and control characters up to each length, numbers up to their
 * bounds) read, and as drafts or submissions break only rules across fields, the form's own rules
 * and completeness.
 */
class ProjectReportSchemaTests {
  @Test
  void documentsWithinTheSchemaBreakOnlyRulesItCannotSay() {
    SchemaConformance.of(new ProjectReportPlugin()).checkSeeds(200);
  }

  @Test
  void speaksOfDisbursementForFundingAndOfActualCostForActivities() {
    FormPluginHarness.of(new ProjectReportPlugin())
        .assertLabels(
            Map.of(
                "fundingSources.spent6m", "ผลการเบิกจ่าย",
                "fundingSources.spent12m", "ผลการเบิกจ่าย",
                "activities.spent", "ค่าใช้จ่ายจริง",
                "activitiesSpentTotal", "ค่าใช้จ่ายจริง",
                "obecFocus", "จุดเน้นและนโยบายเร่งด่วน (Quick Win)"));
  }

  @Test
  void theOfficeDirectorAcknowledgesOrEndorsesAndIsNotTheApprover() {
    var director =
        org.tidtam.schema.FormSchema.of(new ProjectReportPlugin())
            .field("esaDirector")
            .orElseThrow();

    org.assertj.core.api.Assertions.assertThat(director.label().th())
        .contains("ทราบ/เห็นชอบ")
        .doesNotContain("ผู้อนุมัติ");
    org.assertj.core.api.Assertions.assertThat(director.required()).isFalse();
  }
}
