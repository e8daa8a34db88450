package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tidtam.document.FormVocabulary;
import org.tidtam.template.Vocabulary;

class ProjectSummaryTests {

  private static ProjectSummary project(String allocated, String spent) {
    return new ProjectSummary(
        "P-01",
        "โครงการ",
        "GRP-ACAD",
        new BigDecimal(allocated),
        new BigDecimal(spent),
        null,
        null);
  }

  @Test
  void computesTheRemainingAmount() {
    assertThat(project("150000.50", "147500.25").remaining()).isEqualByComparingTo("2500.25");
    assertThat(project("100", "120").remaining()).isEqualByComparingTo("-20");
  }

  @Test
  void computesTheDisbursementPercentageToTwoDecimals() {
    assertThat(project("150000.50", "147500.25").disbursementPct()).isEqualTo("98.33");
    assertThat(project("3", "1").disbursementPct()).isEqualTo("33.33");
  }

  @Test
  void hasNoDisbursementPercentageWhenNothingWasAllocated() {
    assertThat(project("0.00", "0").disbursementPct()).isNull();
  }

  @Test
  void offersItsComputedValuesToTemplates() {
    Vocabulary vocabulary = FormVocabulary.ofType(ProjectSummary.class);
    assertThat(((Vocabulary.Members) vocabulary).members())
        .containsKeys("code", "name", "allocated", "spent", "remaining", "disbursementPct");
  }
}
