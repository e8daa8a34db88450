package org.tidtam.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.form.IndicatorFact;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.submission.SubmissionStore;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The samples of form 7.1 (the supervision group's report) and form 7.2 (one of its projects) tell
 * one story: filed for the same year, round and group, they give every indicator both report the
 * same result and the same assessment, so that 7.1's cross-form warning stays silent for them and
 * speaks as soon as one of them changes.
 */
class SamplesAgreeTests {

  private static final String RESULT_DIFFERS = "tidtam.form71.cross.projectResultDiffers";

  private final SubmissionService service = SubmissionService.create();
  private final Submission<?> esa = service.sample(service.plugin("7.1"));
  private final Submission<?> project = service.sample(service.plugin("7.2"));

  @Test
  void theSamplesAreFiledForTheSameYearRoundAndGroup() {
    assertThat(esa.filing()).isPresent().isEqualTo(project.filing());
  }

  @Test
  void everyIndicatorBothSamplesReportHasTheSameResultAndAssessment() {
    Map<String, IndicatorFact> fromEsa = byCode(esa);
    Map<String, IndicatorFact> fromProject = byCode(project);
    TreeSet<String> shared = new TreeSet<>(fromEsa.keySet());
    shared.retainAll(fromProject.keySet());

    assertThat(shared).as("indicators both samples report").isNotEmpty();
    for (String code : shared) {
      IndicatorFact a = fromEsa.get(code);
      IndicatorFact b = fromProject.get(code);
      assertThat(a.result()).as("result of %s in 7.1", code).isNotNull();
      assertThat(b.result()).as("result of %s in 7.2", code).isEqualByComparingTo(a.result());
      assertThat(b.achieved()).as("assessment of %s", code).isEqualTo(a.achieved()).isNotNull();
    }
  }

  @Test
  void theCrossFormWarningIsSilentForTheSamples() {
    assertThat(resultWarnings(project.document())).isEmpty();
  }

  @Test
  void theCrossFormWarningSpeaksWhenTheProjectReportsAnotherResult() {
    String code = new TreeSet<>(byCode(esa).keySet()).first();
    SubmissionDocument changed = withResult(project.document(), code, new BigDecimal("60.25"));

    assertThat(resultWarnings(changed))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).endsWith(".measure.result");
              assertThat(w.message().in(Lang.TH)).contains(code).contains("60.25");
            });
  }

  private static Map<String, IndicatorFact> byCode(Submission<?> submission) {
    return facts(submission).stream()
        .collect(Collectors.toMap(IndicatorFact::indicatorCode, Function.identity()));
  }

  private static <F extends Record> List<IndicatorFact> facts(Submission<F> submission) {
    return submission.plugin().facts(submission.form(), submission.filing().orElseThrow()).stream()
        .filter(IndicatorFact.class::isInstance)
        .map(IndicatorFact.class::cast)
        .toList();
  }

  /** 7.1's warnings that its results differ from 7.2's, with {@code projectReport} on file. */
  private List<Violation> resultWarnings(SubmissionDocument projectReport) {
    SubmissionStore store =
        (form, fiscalYear, round, unit) ->
            form.equals(project.formId()) ? List.of(projectReport) : List.of();
    FormContext context = service.context(Catalog.demoCatalog(), store);
    return service.check(esa, Stage.SUBMIT, context).stream()
        .filter(v -> v.message().key().equals(RESULT_DIFFERS))
        .toList();
  }

  /** The project report with another result, given as a number, for one indicator. */
  private static SubmissionDocument withResult(
      SubmissionDocument report, String code, BigDecimal result) {
    JsonNode data = report.data().deepCopy();
    for (JsonNode row : data.get("indicatorResults")) {
      if (code.equals(row.path("indicatorCode").asString(""))) {
        ((ObjectNode) row.get("measure"))
            .put("result", result)
            .putNull("numerator")
            .putNull("denominator");
      }
    }
    return new SubmissionDocument(report.form(), report.schemaVersion(), data);
  }
}
