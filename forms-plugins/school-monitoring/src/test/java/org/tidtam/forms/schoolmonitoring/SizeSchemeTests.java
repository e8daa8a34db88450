package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.catalog.SchoolSize;

class SizeSchemeTests {

  @Test
  void classesTheFourObecSizesAtTheirBoundaries() {
    SizeScheme s = SizeScheme.OBEC_4;
    assertThat(s.classify(1)).isEqualTo(SizeClass.SMALL);
    assertThat(s.classify(120)).isEqualTo(SizeClass.SMALL);
    assertThat(s.classify(121)).isEqualTo(SizeClass.MEDIUM);
    assertThat(s.classify(600)).isEqualTo(SizeClass.MEDIUM);
    assertThat(s.classify(601)).isEqualTo(SizeClass.LARGE);
    assertThat(s.classify(1500)).isEqualTo(SizeClass.LARGE);
    assertThat(s.classify(1501)).isEqualTo(SizeClass.EXTRA_LARGE);
    assertThat(s.classify(25_000)).isEqualTo(SizeClass.EXTRA_LARGE);
  }

  @Test
  void classesTheSevenSizesAtTheirBoundaries() {
    SizeScheme s = SizeScheme.SEVEN_SIZES;
    assertThat(s.classify(120)).isEqualTo(SizeClass.SIZE_1);
    assertThat(s.classify(121)).isEqualTo(SizeClass.SIZE_2);
    assertThat(s.classify(200)).isEqualTo(SizeClass.SIZE_2);
    assertThat(s.classify(201)).isEqualTo(SizeClass.SIZE_3);
    assertThat(s.classify(300)).isEqualTo(SizeClass.SIZE_3);
    assertThat(s.classify(301)).isEqualTo(SizeClass.SIZE_4);
    assertThat(s.classify(499)).isEqualTo(SizeClass.SIZE_4);
    assertThat(s.classify(500)).isEqualTo(SizeClass.SIZE_5);
    assertThat(s.classify(1499)).isEqualTo(SizeClass.SIZE_5);
    assertThat(s.classify(1500)).isEqualTo(SizeClass.SIZE_6);
    assertThat(s.classify(2499)).isEqualTo(SizeClass.SIZE_6);
    assertThat(s.classify(2500)).isEqualTo(SizeClass.SIZE_7);
  }

  @Test
  void aSchoolWithoutStudentsHasNoSize() {
    assertThat(SizeScheme.OBEC_4.classify(0)).isNull();
    assertThat(SizeScheme.SEVEN_SIZES.classify(0)).isNull();
  }

  @Test
  void everySchemeCoversEveryCountWithoutGapOrOverlap() {
    for (SizeScheme scheme : SizeScheme.values()) {
      var classes = scheme.classes();
      assertThat(classes.getFirst().min()).isEqualTo(1);
      assertThat(classes.getLast().max()).isEqualTo(Integer.MAX_VALUE);
      for (int i = 1; i < classes.size(); i++) {
        assertThat(classes.get(i).min()).isEqualTo(classes.get(i - 1).max() + 1);
      }
    }
  }

  @Test
  void fourSizesMatchTheCatalogSizesAndLabels() {
    for (SizeClass c : SizeScheme.OBEC_4.classes()) {
      assertThat(c.catalogSize()).isNotNull();
      assertThat(c.label()).isEqualTo(c.catalogSize().label());
    }
    assertThat(SizeClass.LARGE.catalogSize()).isEqualTo(SchoolSize.LARGE);
    assertThat(SizeClass.SIZE_3.catalogSize()).isNull();
  }

  @Test
  void printsTheRangeOfAClass() {
    assertThat(SizeClass.MEDIUM.range()).isEqualTo("121–600 คน");
    assertThat(SizeClass.EXTRA_LARGE.range()).isEqualTo("1,501 คนขึ้นไป");
    assertThat(SizeClass.SIZE_7.label().th()).isEqualTo("ขนาดที่ 7");
  }
}
