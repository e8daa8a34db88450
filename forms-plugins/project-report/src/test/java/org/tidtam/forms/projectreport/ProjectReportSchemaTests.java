package org.tidtam.forms.projectreport;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.testkit.RandomValues;
import org.tidtam.testkit.SchemaConformance;

/**
 * The JSON Schema of form 7.2 says every rule of the form that JSON Schema can say: random
 * documents within it (Thai, emoji and control characters up to each length, numbers up to their
 * bounds) read, and as drafts or submissions break only rules across fields, the form's own rules
 * and completeness.
 */
class ProjectReportSchemaTests {
  private static final SchemaConformance FORM = SchemaConformance.of(new ProjectReportPlugin());

  static LongStream seeds() {
    return RandomValues.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void documentsWithinTheSchemaBreakOnlyRulesItCannotSay(long seed) {
    FORM.check(seed);
  }

  @Test
  void speaksOfDisbursementForFundingAndOfActualCostForActivities() {
    var schema = org.tidtam.schema.FormSchema.of(new ProjectReportPlugin());
    java.util.function.Function<String, String> th =
        path -> schema.field(path).orElseThrow().label().th();

    org.assertj.core.api.Assertions.assertThat(th.apply("fundingSources.spent6m"))
        .startsWith("ผลการเบิกจ่าย");
    org.assertj.core.api.Assertions.assertThat(th.apply("fundingSources.spent12m"))
        .startsWith("ผลการเบิกจ่าย");
    org.assertj.core.api.Assertions.assertThat(th.apply("activities.spent"))
        .startsWith("ค่าใช้จ่ายจริง");
    org.assertj.core.api.Assertions.assertThat(th.apply("activitiesSpentTotal"))
        .startsWith("ค่าใช้จ่ายจริง");
    org.assertj.core.api.Assertions.assertThat(th.apply("obecFocus"))
        .startsWith("จุดเน้นและนโยบายเร่งด่วน (Quick Win)");
    org.assertj.core.api.Assertions.assertThat(th.apply("indicatorResults.measure.numerator"))
        .startsWith("จำนวนที่ผ่านเกณฑ์");
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
