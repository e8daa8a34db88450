package org.tidtam.forms.esamonitoring;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.testkit.RandomValues;
import org.tidtam.testkit.SchemaConformance;

/**
 * The JSON Schema of form 7.1 says every rule of the form that JSON Schema can say: random
 * documents within it (Thai, emoji and control characters up to each length, numbers up to their
 * bounds) read, and as drafts or submissions break only rules across fields, the form's own rules
 * and completeness.
 */
class EsaMonitoringSchemaTests {
  private static final SchemaConformance FORM = SchemaConformance.of(new EsaMonitoringPlugin());

  static LongStream seeds() {
    return RandomValues.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void documentsWithinTheSchemaBreakOnlyRulesItCannotSay(long seed) {
    FORM.check(seed);
  }
}
