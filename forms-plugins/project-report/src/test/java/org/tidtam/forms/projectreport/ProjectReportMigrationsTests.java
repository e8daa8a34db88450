package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.PLUGIN;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Submissions stored at schema version 1 open as version 2 with the same meaning. */
class ProjectReportMigrationsTests {
  private static final SubmissionCodec CODEC = SubmissionCodec.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static SubmissionDocument v1(String name) throws IOException {
    try (InputStream in = ProjectReportMigrationsTests.class.getResourceAsStream("v1/" + name)) {
      SubmissionDocument doc = CODEC.read(in);
      assertThat(doc.schemaVersion()).isEqualTo(1);
      return doc;
    }
  }

  @Test
  void theVersion1SampleReadsAsTheCurrentSample() throws IOException {
    ProjectReport migrated = CODEC.toForm(PLUGIN, v1("sample-7.2.json"));

    assertThat(migrated).isEqualTo(Forms72.sample());
    assertThat(Forms72.submit(migrated)).isEmpty();
  }

  @Test
  void theVersion1StressFileReadsAsTheCurrentOne() throws IOException {
    assertThat(CODEC.toForm(PLUGIN, v1("stress-7.2.json")))
        .isEqualTo(Forms72.read("stress-7.2.json"));
  }

  @Test
  void movesTheValuesOfAnIndicatorIntoItsMeasure() throws IOException {
    ProjectReport form = CODEC.toForm(PLUGIN, v1("sample-7.2.json"));
    IndicatorResult first = form.indicatorResults().get(0);

    assertThat(first.measure().unit()).isEqualTo("ร้อยละ");
    assertThat(first.measure().target()).isEqualByComparingTo("80");
    assertThat(first.measure().result()).isEqualByComparingTo("84.62");
    assertThat(first.measure().numerator()).isEqualByComparingTo("3960");
    assertThat(first.result6m()).isEqualByComparingTo("71.5");
    assertThat(form.indicatorResults().get(1).measure().notAchievedReason()).isNotBlank();
  }

  @Test
  void aYesNoOverrideBecomesTheAssessmentWithItsExplanation() {
    ObjectNode data =
        row("ROUND_12M", "{\"achievedOverride\": true, \"overrideExplanation\": \"e\"}");
    ObjectNode measure =
        (ObjectNode)
            ProjectReportMigrations.measureOfIndicators(data)
                .get("indicatorResults")
                .get(0)
                .get("measure");
    assertThat(measure.get("assessmentOverride").asString()).isEqualTo(Assessment.ACHIEVED.name());
    assertThat(measure.get("explanation").asString()).isEqualTo("e");

    ObjectNode no = row("ROUND_12M", "{\"achievedOverride\": false}");
    assertThat(
            ProjectReportMigrations.measureOfIndicators(no)
                .get("indicatorResults")
                .get(0)
                .get("measure")
                .get("assessmentOverride")
                .asString())
        .isEqualTo("NOT_ACHIEVED");
  }

  @Test
  void aSixMonthReportTakesItsSixMonthResultAsTheResultOfTheRound() {
    ObjectNode data = row("ROUND_6M", "{\"result6m\": 40, \"result12m\": null}");
    var migrated = ProjectReportMigrations.measureOfIndicators(data).get("indicatorResults").get(0);

    assertThat(migrated.get("measure").get("result").intValue()).isEqualTo(40);
    assertThat(migrated.get("result6m").isNull()).isTrue();

    ObjectNode twelve = row("ROUND_12M", "{\"result6m\": 40, \"result12m\": 75}");
    var row12 = ProjectReportMigrations.measureOfIndicators(twelve).get("indicatorResults").get(0);
    assertThat(row12.get("measure").get("result").intValue()).isEqualTo(75);
    assertThat(row12.get("result6m").intValue()).isEqualTo(40);
  }

  private static ObjectNode row(String round, String rowJson) {
    return (ObjectNode)
        JSON.readTree("{\"round\": \"" + round + "\", \"indicatorResults\": [" + rowJson + "]}");
  }
}
