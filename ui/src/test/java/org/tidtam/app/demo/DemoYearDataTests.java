package org.tidtam.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tidtam.app.catalog.service.CatalogStore;
import org.tidtam.app.monitoring.service.MonitoringPlans;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Project;
import org.tidtam.form.DemoText;
import org.tidtam.monitoring.PlannedProject;
import org.tidtam.thai.Round;

/** The web application's demo as a whole office's year: {@code tidtam.demo.schools} set. */
@SpringBootTest(properties = {"tidtam.demo.schools=30", "tidtam.demo.projects=10"})
class DemoYearDataTests {

  @Autowired UserRepository users;
  @Autowired SubmissionRepository submissions;
  @Autowired CatalogStore catalogs;
  @Autowired MonitoringPlans plans;

  @Test
  void seedsTheDatabaseWithTheOfficeOfThatSizeAndItsActionPlan() {
    Catalog catalog = catalogs.current();

    assertThat(catalog.demo()).isTrue();
    assertThat(catalog.schools()).hasSize(30);
    assertThat(catalog.school("81010001")).isPresent();
    assertThat(catalog.projectsOf(2569))
        .hasSize(10)
        .allSatisfy(p -> assertThat(p.budget()).isPositive());
    assertThat(plans.plan(2569).orElseThrow().projects())
        .extracting(PlannedProject::code)
        .containsExactlyElementsOf(catalog.projectsOf(2569).stream().map(Project::code).toList());
  }

  @Test
  void filesEveryUnitsReportsOfBothRoundsDeliveredAndApproved() {
    for (Round round : List.of(Round.ROUND_6M, Round.ROUND_12M)) {
      assertRound(submissions.search(null, 2569, round, null, null));
    }
  }

  private static void assertRound(List<StoredSubmission> year) {
    Map<String, Long> perForm =
        year.stream()
            .collect(Collectors.groupingBy(StoredSubmission::getFormId, Collectors.counting()));
    assertThat(perForm).isEqualTo(Map.of("7.1", 10L, "7.2", 10L, "7.3", 30L));
    assertThat(year)
        .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(SubmissionStatus.APPROVED));
    assertThat(year).allSatisfy(s -> assertThat(s.getDocument()).contains(DemoText.NOTE.th()));
  }

  @Test
  void keepsTheDemoUsers() {
    for (String name :
        List.of("admin", "planner", "supervision", "school1", "school2", "director")) {
      assertThat(users.findByUsername(name)).as(name).isPresent();
    }
    assertThat(users.findByUsername("school1").orElseThrow().getUnitCode()).isEqualTo("81010001");
  }
}
