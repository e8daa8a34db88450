package org.tidtam.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tidtam.app.security.domain.AppUser;
import org.tidtam.app.security.domain.Role;
import org.tidtam.app.security.domain.UserRepository;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionRepository;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.thai.Round;

@SpringBootTest
class DemoDataTests {

  @Autowired UserRepository users;
  @Autowired SubmissionRepository submissions;
  @Autowired PasswordEncoder encoder;
  @Autowired DemoData demo;

  @Test
  void createsTheDemoUsersWithTheirRolesUnitsAndPasswords() {
    assertUser("admin", Role.ADMIN, null);
    assertUser("planner", Role.PLANNER, null);
    assertUser("supervision", Role.STAFF, "SUPERVISION");
    assertUser("school1", Role.STAFF, "81010001");
    assertUser("school2", Role.STAFF, "81010002");
    assertUser("director", Role.EXECUTIVE, null);
    assertThat(users.findByUsername("admin").orElseThrow().getPasswordHash())
        .startsWith("{bcrypt}");
  }

  @Test
  void createsSubmissionsInEveryStatus() {
    assertThat(demoRow("7.2", "SUPERVISION").getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
    assertThat(demoRow("7.1", "SUPERVISION").getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(demoRow("7.1", "SUPERVISION").getDocument()).contains("KBI-2569-P03");
    assertThat(demoRow("7.3", "81010001").getStatus()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(demoRow("7.3", "81010002").getStatus()).isEqualTo(SubmissionStatus.APPROVED);
    StoredSubmission returned = demoRow("7.3", "81010003");
    assertThat(returned.getStatus()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(returned.getReturnComment()).isNotBlank();
  }

  @Test
  void givesTheSixMonthRoundAHistoryWithinItsWindow() {
    assertThat(sixMonths("7.3", "81010002").getStatus()).isEqualTo(SubmissionStatus.APPROVED);
    assertThat(sixMonths("7.3", "81010003").getStatus()).isEqualTo(SubmissionStatus.APPROVED);
    assertThat(sixMonths("7.3", "81010006").getStatus()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(sixMonths("7.1", "SUPERVISION").getStatus()).isEqualTo(SubmissionStatus.APPROVED);
    // created, submitted, approved or returned 2 to 28 Apr 2026: within the window (15 Mar to 30
    // Apr)
    for (String[] demo :
        new String[][] {
          {"7.3", "81010002"},
          {"7.3", "81010003"},
          {"7.3", "81010004"},
          {"7.3", "81010005"},
          {"7.3", "81010006"},
          {"7.1", "SUPERVISION"},
          {"7.2", "SUPERVISION"}
        }) {
      StoredSubmission row = sixMonths(demo[0], demo[1]);
      for (var at : java.util.List.of(row.getCreatedAt(), row.getChangedAt())) {
        assertThat(LocalDate.ofInstant(at, ZoneId.of("Asia/Bangkok")))
            .as(demo[0] + " " + demo[1])
            .isBetween(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 28));
      }
    }
  }

  @Test
  void changesNothingWhenItRunsAgain() throws Exception {
    long users0 = users.count();
    long submissions0 = submissions.count();

    demo.run(null);

    assertThat(users.count()).isEqualTo(users0);
    assertThat(submissions.count()).isEqualTo(submissions0);
  }

  private StoredSubmission sixMonths(String form, String unit) {
    return submissions.search(form, 2569, Round.ROUND_6M, unit, null).getFirst();
  }

  private StoredSubmission demoRow(String form, String unit) {
    return submissions.search(form, 2569, Round.ROUND_12M, unit, null).getFirst();
  }

  private void assertUser(String name, Role role, String unit) {
    AppUser user = users.findByUsername(name).orElseThrow();
    assertThat(user.getRole()).isEqualTo(role);
    assertThat(user.getUnitCode()).isEqualTo(unit);
    assertThat(encoder.matches(name, user.getPasswordHash())).as(name).isTrue();
  }
}
