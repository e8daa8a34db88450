package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.form.ProjectSummarySource.Key;
import org.tidtam.testforms.TestProject;
import org.tidtam.testforms.TestProjectPlugin;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

class ProjectSummarySourceTests {

  private final TestProjectPlugin plugin = new TestProjectPlugin();

  private static TestProject project(
      @Nullable Integer year, @Nullable Round round, @Nullable String group) {
    return new TestProject(
        "P-01", "โครงการ", year, round, group, BigDecimal.TEN, BigDecimal.ONE, null);
  }

  @Test
  void readsTheKeyFromTheConventionalFields() {
    assertThat(plugin.key(project(2569, Round.ROUND_6M, "GRP-ACAD")))
        .contains(new Key(2569, Round.ROUND_6M, "GRP-ACAD"));
  }

  @Test
  void hasNoKeyWhenAFieldIsMissing() {
    assertThat(plugin.key(project(null, Round.ROUND_6M, "GRP-ACAD"))).isEmpty();
    assertThat(plugin.key(project(2569, null, "GRP-ACAD"))).isEmpty();
    assertThat(plugin.key(project(2569, Round.ROUND_6M, " "))).isEmpty();
  }

  record OtherTypes(FiscalYear fiscalYear, String round, String responsibleGroup) {}

  @Test
  void acceptsAFiscalYearValueAndARoundName() {
    ProjectSummarySource<OtherTypes> source =
        form ->
            new ProjectSummary(
                "P-02",
                "อื่น",
                form.responsibleGroup(),
                BigDecimal.ONE,
                BigDecimal.ONE,
                null,
                null);
    assertThat(source.key(new OtherTypes(FiscalYear.ofBe(2569), "ROUND_12M", "GRP-PLAN")))
        .contains(new Key(2569, Round.ROUND_12M, "GRP-PLAN"));
    assertThat(source.key(new OtherTypes(FiscalYear.ofBe(2569), "ครึ่งปี", "GRP-PLAN"))).isEmpty();
  }
}
