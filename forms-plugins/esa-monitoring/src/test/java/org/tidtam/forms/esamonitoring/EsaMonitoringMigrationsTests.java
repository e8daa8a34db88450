package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Submissions of form 7.1 stored at schema version 1 open as version 2 with the same meaning. */
class EsaMonitoringMigrationsTests {
  private static final SubmissionCodec CODEC = SubmissionCodec.create();

  @Test
  void theVersion1SampleReadsAsTheCurrentSample() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("v1/sample-7.1.json")) {
      SubmissionDocument v1 = CODEC.read(in);
      assertThat(v1.schemaVersion()).isEqualTo(1);

      EsaMonitoring migrated = CODEC.toForm(Forms71.PLUGIN, v1);

      assertThat(migrated).isEqualTo(Forms71.sample());
      assertThat(Forms71.submit(migrated)).isEmpty();
      assertThat(migrated.results().get(1).measure().notAchievedReason()).isNotBlank();
    }
  }

  @Test
  void movesTheValuesOfAResultRowIntoItsMeasure() {
    ObjectNode data =
        (ObjectNode)
            JsonMapper.builder()
                .build()
                .readTree(
                    "{\"results\": [{\"indicator\": \"i\", \"unit\": \"คน\", \"target\": 10,"
                        + " \"result\": 12, \"assessmentOverride\": \"NOT_ACHIEVED\","
                        + " \"explanation\": \"e\", \"narrative\": \"n\"}]}");

    var row = EsaMonitoringMigrations.measureOfResults(data).get("results").get(0);

    assertThat(row.has("unit") || row.has("target") || row.has("result")).isFalse();
    assertThat(row.get("narrative").asString()).isEqualTo("n");
    assertThat(row.get("measure").get("unit").asString()).isEqualTo("คน");
    assertThat(row.get("measure").get("result").intValue()).isEqualTo(12);
    assertThat(row.get("measure").get("assessmentOverride").asString())
        .isEqualTo(Assessment.NOT_ACHIEVED.name());
    assertThat(row.get("measure").get("explanation").asString()).isEqualTo("e");
    assertThat(row.get("measure").get("numerator").isNull()).isTrue();
  }
}
