package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.HARNESS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tidtam.submission.Reading;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * A report stored by the first version of form 7.3 (the sample of that version) still reads,
 * validates and renders after version 2 added academic years, comparisons, the address and the
 * learning achievement.
 */
class SchoolMonitoringMigrationTests {

  private static String version1() throws IOException {
    try (InputStream in =
        SchoolMonitoringMigrationTests.class.getResourceAsStream("sample-7.3-v1.json")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SchoolMonitoring read(String json) {
    Reading reading = HARNESS.service().read(json, "7.3");
    assertThat(reading.problems()).isEmpty();
    return (SchoolMonitoring) reading.orElseThrow().form();
  }

  @Test
  void theFixtureIsOfVersionOne() throws IOException {
    assertThat(version1()).contains("\"schemaVersion\": 1", "\"esaTotal\": 75.12");
    assertThat(Forms73.PLUGIN.schemaVersion()).isEqualTo(2);
  }

  @Test
  void movesTheSingleMeansOfVersionOneToTheTotalsOfTheComparisons() throws IOException {
    SchoolMonitoring form = read(version1());

    assertThat(form.rt().esa().total()).isEqualByComparingTo("75.12");
    assertThat(form.rt().esa().readingAloud()).isNull();
    assertThat(form.rt().nation().total()).isEqualByComparingTo("74.03");
    assertThat(form.nt().esa()).isNull();
    assertThat(form.nt().nation().total()).isEqualByComparingTo("50.12");
    assertThat(form.rt().readingAloud()).isEqualByComparingTo("78.45");
    assertThat(form.address()).isNull();
    assertThat(form.gpa()).isNull();
    assertThat(form.rt().columns()).isEqualTo("BOTH");
    assertThat(form.nt().columns()).isEqualTo("NATION");
    assertThat(form.onetP6().columns()).isEqualTo("NONE");
  }

  @Test
  void aVersionOneReportStillPassesOnSubmitWithWarningsForTheMissingAcademicYears()
      throws IOException {
    SchoolMonitoring form = read(version1());

    var shown = Forms73.submit(form);
    assertThat(shown).allMatch(v -> v.severity() == Severity.WARNING);
    assertThat(shown)
        .extracting(Violation.Shown::path)
        .containsExactlyInAnyOrder(
            "nt.academicYear",
            "onetP6.academicYear",
            "rt.academicYear",
            "sar.academicYear",
            "screeningYear");
    assertThat(HARNESS.violations(form, Stage.SUBMIT)).hasSize(5);
  }

  @Test
  void aVersionOneReportRendersItsComparisons() throws IOException {
    SchoolMonitoring form = read(version1());

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(HARNESS.render(form)));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("75.12", "74.03", "50.12", "ระดับประเทศ");
    }
  }

  @Test
  void aVersionOneReportWithoutTestResultsNeedsNoChange() {
    var data =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .createObjectNode()
            .put("fiscalYear", 2569)
            .put("schoolCode", "81010002");

    assertThat(SchoolMonitoringMigrations.toVersion2(data.deepCopy())).isEqualTo(data);
  }
}
