package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormListsTests {

  @Test
  void aMissingListIsEmpty() {
    assertThat(FormLists.rows(null)).isEmpty();
    assertThat(FormLists.texts(null)).isEmpty();
  }

  @Test
  void textsKeepEmptyItemsWhereTheyStand() {
    List<String> texts = FormLists.texts(Arrays.asList("ก", null, "ข"));

    assertThat(texts).containsExactly("ก", null, "ข");
    assertThatThrownBy(() -> texts.add("ค")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesAreNotViewsOfTheOriginal() {
    List<String> original = new ArrayList<>(List.of("ก"));
    List<String> rows = FormLists.rows(original);
    List<String> texts = FormLists.texts(original);

    original.add("ข");

    assertThat(rows).containsExactly("ก");
    assertThat(texts).containsExactly("ก");
  }
}
