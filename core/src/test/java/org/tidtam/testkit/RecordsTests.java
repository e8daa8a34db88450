package org.tidtam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordsTests {

  record Line(String item, @Nullable Integer amount) {}

  record Sheet(String title, List<Line> lines) {
    Sheet {
      lines = List.copyOf(lines);
    }
  }

  private static final Sheet SHEET =
      new Sheet("งบ", List.of(new Line("a", 1), new Line("b", 2), new Line("c", 3)));

  @Test
  void replacesOneComponentAndKeepsTheOthers() {
    Sheet copy = Records.with(SHEET, "title", "งบใหม่");

    assertThat(copy).isEqualTo(new Sheet("งบใหม่", SHEET.lines()));
    assertThat(SHEET.title()).isEqualTo("งบ");
  }

  @Test
  void replacesAComponentWithNull() {
    assertThat(Records.with(new Line("a", 1), "amount", null)).isEqualTo(new Line("a", null));
  }

  @Test
  void replacesOneCellOfOneRow() {
    Sheet copy = Records.withRow(SHEET, "lines", 1, "amount", 20);

    assertThat(copy.lines()).containsExactly(new Line("a", 1), new Line("b", 20), new Line("c", 3));
    assertThat(SHEET.lines().get(1).amount()).isEqualTo(2);
  }

  @Test
  void goesThroughTheCanonicalConstructor() {
    Sheet copy = Records.with(SHEET, "lines", new java.util.ArrayList<>(SHEET.lines()));

    assertThatThrownBy(() -> copy.lines().add(new Line("d", 4)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnUnknownComponent() {
    assertThatThrownBy(() -> Records.with(SHEET, "total", 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no component total");
  }
}
