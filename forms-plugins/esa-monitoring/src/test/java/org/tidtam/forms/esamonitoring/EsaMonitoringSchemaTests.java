package org.tidtam.forms.esamonitoring;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
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

  @Test
  void speaksOfTargetsAchievedAndOfDisbursementAsForm72Does() {
    var schema = org.tidtam.schema.FormSchema.of(new EsaMonitoringPlugin());
    java.util.function.Function<String, String> th =
        path -> schema.field(path).orElseThrow().label().th();

    org.assertj.core.api.Assertions.assertThat(th.apply("achievedCount"))
        .isEqualTo("จำนวนตัวชี้วัดที่บรรลุเป้าหมาย");
    org.assertj.core.api.Assertions.assertThat(th.apply("notAchievedCount"))
        .isEqualTo("จำนวนตัวชี้วัดที่ไม่บรรลุเป้าหมาย");
    org.assertj.core.api.Assertions.assertThat(th.apply("results.budgetSpent"))
        .isEqualTo("ผลการเบิกจ่าย (บาท) จากแบบ 7.2");
    org.assertj.core.api.Assertions.assertThat(th.apply("results.focus"))
        .isEqualTo("จุดเน้นและนโยบายเร่งด่วน (Quick Win)");
    org.assertj.core.api.Assertions.assertThat(th.apply("results.measure.numerator"))
        .startsWith("จำนวนที่ผ่านเกณฑ์");
    org.assertj.core.api.Assertions.assertThat(th.apply("results.measure.denominator"))
        .startsWith("จำนวนทั้งหมด");
  }
}
