package org.tidtam.forms.esamonitoring;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.SchemaConformance;

/**
 * The JSON Schema of form 7.1 says every rule of the form that JSON Schema can say: random
 * documents within it (Thai, emoji and control characters up to each length, numbers up to their
 * bounds) read, and as drafts or submissions break only rules across fields, the form's own rules
 * and completeness.
 */
class EsaMonitoringSchemaTests {
  @Test
  void documentsWithinTheSchemaBreakOnlyRulesItCannotSay() {
    SchemaConformance.of(new EsaMonitoringPlugin()).checkSeeds(200);
  }

  @Test
  void speaksOfTargetsAchievedAndOfDisbursementAsForm72Does() {
    FormPluginHarness.of(new EsaMonitoringPlugin())
        .assertLabels(
            Map.of(
                "achievedCount", "จำนวนตัวชี้วัดที่บรรลุเป้าหมาย",
                "notAchievedCount", "จำนวนตัวชี้วัดที่ไม่บรรลุเป้าหมาย",
                "results.budgetSpent", "ผลการเบิกจ่าย (บาท)",
                "results.focus", "จุดเน้นและนโยบายเร่งด่วน (Quick Win)"));
  }
}
