package org.tidtam.app.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentDiffTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String text) {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void listsTheChangedValuesByPathRowByRow() {
    JsonNode mine =
        json(
            "{'name':'ก','budget':100.0,'tags':['a','b'],'rows':[{'x':1,'y':'p'},{'x':2,'y':'q'}]}");
    JsonNode theirs =
        json("{'name':'ข','budget':100,'tags':['a','b'],'rows':[{'x':1,'y':'r'}],'note':'n'}");

    var found = DocumentDiff.between(mine, theirs);

    assertThat(found)
        .extracting(DocumentDiff.Difference::path)
        .containsExactly("name", "rows[0].y", "rows[1].x", "rows[1].y", "note");
    var removedRow = found.get(2);
    assertThat(removedRow.mine().asInt()).isEqualTo(2);
    assertThat(removedRow.theirs()).isNull();
  }

  @Test
  void nullMissingAndEmptyTextAreTheSameNothing() {
    assertThat(DocumentDiff.between(json("{'a':null,'b':''}"), json("{'c':null}"))).isEmpty();
  }

  @Test
  void aChangedListOfPlainValuesIsOneDifference() {
    var found = DocumentDiff.between(json("{'tags':['a']}"), json("{'tags':['a','b']}"));

    assertThat(found).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo("tags"));
  }
}
