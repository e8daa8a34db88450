package org.tidtam.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.DemoOffice;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.DemoSubmissions;
import org.tidtam.submission.DocumentStore;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** The demo submissions of a full-size office with the three installed forms. */
class DemoSubmissionsTests {

  private final SubmissionService service = SubmissionService.create(FormRegistry.load());
  private final Catalog catalog = DemoOffice.of(2569, 210, 60, 2569);
  private final List<Submission<?>> year =
      DemoSubmissions.of(service, catalog, 2569, Round.ROUND_12M, 2569);

  @Test
  void fileOneReportPerSchoolGroupAndProject() {
    Map<String, Long> perForm =
        year.stream()
            .collect(Collectors.groupingBy(s -> s.formId().value(), Collectors.counting()));

    assertThat(perForm).isEqualTo(Map.of("7.1", 10L, "7.2", 60L, "7.3", 210L));
    assertThat(
            year.stream()
                .filter(s -> s.formId().value().equals("7.3"))
                .map(s -> s.filing().orElseThrow().unitCode()))
        .containsExactlyElementsOf(catalog.schools().stream().map(s -> s.code()).toList());
  }

  /**
   * With the cross-checks, a group's 7.1 agrees with its projects' 7.2 (the budgets of each
   * indicator's projects and their results for it) and its 12-month results with its 6-month ones.
   */
  @Test
  void everyOnePassesTheSubmitCheckWithItsCrossChecksAgainstTheOthers() {
    List<Submission<?>> both = new java.util.ArrayList<>(year);
    both.addAll(DemoSubmissions.of(service, catalog, 2569, Round.ROUND_6M, 2569));
    DocumentStore store =
        DocumentStore.of(both.stream().map(Submission::document).toList(), service.registry());
    var context = service.context(catalog, store);

    assertThat(both).hasSize(560);
    for (Submission<?> s : both) {
      List<Violation> found = service.check(s, Stage.SUBMIT, context);
      assertThat(found).as(s.formId() + " " + s.filing().orElseThrow()).isEmpty();
    }
  }

  @Test
  void theSameSeedGivesTheSameDocuments() {
    List<SubmissionDocument> again =
        DemoSubmissions.of(service, catalog, 2569, Round.ROUND_12M, 2569).stream()
            .map(Submission::document)
            .toList();
    List<SubmissionDocument> other =
        DemoSubmissions.of(service, DemoOffice.of(2569, 210, 60, 1), 2569, Round.ROUND_12M, 1)
            .stream()
            .map(Submission::document)
            .toList();

    assertThat(again).isEqualTo(year.stream().map(Submission::document).toList());
    assertThat(other).isNotEqualTo(again);
  }
}
