package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.forms.projectreport.Forms72.submit;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class OwnersHaveOneLeaderTests {

  @Test
  void requiresALeader() {
    ProjectReport form = withRow(sample(), "owners", 0, "leader", false);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown("owners", "ต้องระบุหัวหน้าโครงการ 1 คน", Severity.ERROR));
  }

  @Test
  void rejectsTwoLeaders() {
    ProjectReport form = withRow(sample(), "owners", 2, "leader", true);

    assertThat(submit(form))
        .containsExactly(
            new Violation.Shown(
                "owners", "ระบุหัวหน้าโครงการได้เพียง 1 คน (ระบุไว้ 2 คน)", Severity.ERROR));
  }

  @Test
  void requiresAtLeastOneOwner() {
    assertThat(submit(with(sample(), "owners", List.of())))
        .containsExactly(
            new Violation.Shown(
                "owners", "ต้องระบุผู้รับผิดชอบโครงการอย่างน้อย 1 คน", Severity.ERROR));
  }
}
