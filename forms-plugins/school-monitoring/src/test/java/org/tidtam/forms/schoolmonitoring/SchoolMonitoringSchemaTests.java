package org.tidtam.forms.schoolmonitoring;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.SchemaConformance;

/**
 * The JSON Schema of form 7.3 says every rule of the form that JSON Schema can say: random
 * documents within it (Thai, emoji and control characters up to each length, numbers up to their
 * bounds) read, and as drafts or submissions break only rules across fields, the form's own rules
 * and completeness.
 */
class SchoolMonitoringSchemaTests {
  @Test
  void documentsWithinTheSchemaBreakOnlyRulesItCannotSay() {
    SchemaConformance.of(new SchoolMonitoringPlugin()).checkSeeds(200);
  }
}
