package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCopyTests {

  record Row(String name, int count, List<String> tags) {
    Row {
      tags = tags == null ? List.of() : List.copyOf(tags);
    }
  }

  @Test
  void replacesTheNamedComponentsAndKeepsTheOthers() {
    Row row = new Row("a", 1, List.of("x"));

    Row copy = RecordCopy.of(row).with("count", 5).with("name", "b").build();

    assertThat(copy).isEqualTo(new Row("b", 5, List.of("x")));
    assertThat(row).isEqualTo(new Row("a", 1, List.of("x")));
  }

  @Test
  void goesThroughTheCanonicalConstructor() {
    Row copy = RecordCopy.of(new Row("a", 1, List.of("x"))).with("tags", null).build();

    assertThat(copy.tags()).isEmpty();
  }

  @Test
  void refusesANameTheRecordDoesNotHaveAndAValueOfTheWrongType() {
    RecordCopy<Row> copy = RecordCopy.of(new Row("a", 1, List.of()));

    assertThatThrownBy(() -> copy.with("size", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size");
    assertThatThrownBy(() -> RecordCopy.of(new Row("a", 1, List.of())).with("count", "x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
