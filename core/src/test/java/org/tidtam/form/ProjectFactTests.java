package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.document.FormVocabulary;
import org.tidtam.template.Vocabulary;
import org.tidtam.thai.Round;

class ProjectFactTests {

  private static ProjectFact project(String allocated, String spent) {
    return new ProjectFact(
        new Filing(2569, Round.ROUND_12M, "GRP-ACAD"),
        "P-01",
        "โครงการ",
        new BigDecimal(allocated),
        new BigDecimal(spent),
        null,
        null,
        List.of("IND-1"),
        null,
        List.of());
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
  void isAboutTheGroupOfItsFiling() {
    assertThat(project("1", "1").groupCode()).isEqualTo("GRP-ACAD");
  }

  @Test
  void offersItsComputedValuesToTemplates() {
    Vocabulary vocabulary = FormVocabulary.ofType(ProjectFact.class);
    assertThat(((Vocabulary.Members) vocabulary).members())
        .containsKeys(
            "code", "name", "groupCode", "allocated", "spent", "remaining", "disbursementPct");
  }
}
