package org.tidtam.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidtam.template.Vocabulary;
import org.tidtam.template.Vocabulary.ValueType;
import org.tidtam.testforms.TestFormPlugin;

class FormVocabularyTests {

  private final Map<String, Vocabulary> root =
      ((Vocabulary.Members) FormVocabulary.of(new TestFormPlugin())).members();

  private static Map<String, Vocabulary> members(Vocabulary v) {
    assertThat(v).isInstanceOf(Vocabulary.Members.class);
    return ((Vocabulary.Members) v).members();
  }

  @Test
  void namesTheRecordsFieldsAndComputedValues() {
    assertThat(root.get("projectName")).isEqualTo(new Vocabulary.Value(ValueType.TEXT));
    assertThat(root.get("budget")).isEqualTo(new Vocabulary.Value(ValueType.DECIMAL));
    assertThat(root.get("startDate")).isEqualTo(new Vocabulary.Value(ValueType.DATE));
    assertThat(root.get("centralBudget")).isEqualTo(new Vocabulary.Value(ValueType.BOOLEAN));
    assertThat(root.get("status")).isEqualTo(new Vocabulary.Value(ValueType.CHOICE));
    assertThat(root.get("group")).isEqualTo(new Vocabulary.Value(ValueType.TEXT));
    assertThat(root.get("totalSpent")).isEqualTo(new Vocabulary.Value(ValueType.DECIMAL));
    assertThat(root.get("signature")).isEqualTo(new Vocabulary.ImageValue());
  }

  @Test
  void tablesAreListsOfTheirRows() {
    Vocabulary rows = root.get("rows");
    assertThat(rows).isInstanceOf(Vocabulary.ListOf.class);
    assertThat(members(((Vocabulary.ListOf) rows).element()))
        .containsOnlyKeys("name", "allocated", "amount", "remaining");
    assertThat(root.get("problems"))
        .isEqualTo(new Vocabulary.ListOf(new Vocabulary.Value(ValueType.TEXT)));
    assertThat(root.get("photos")).isEqualTo(new Vocabulary.ListOf(new Vocabulary.ImageValue()));
    assertThat(root.get("targets"))
        .isEqualTo(new Vocabulary.ListOf(new Vocabulary.Value(ValueType.CHOICE)));
    assertThat(members(root.get("reporter"))).containsOnlyKeys("name", "position");
  }

  @Test
  void addsDerivedAndDocumentValues() {
    assertThat(members(root.get("derived"))).isEmpty();
    Map<String, Vocabulary> doc = members(root.get("doc"));
    assertThat(doc).containsOnlyKeys("today", "lang", "formId", "formTitle", "office");
    assertThat(doc.get("today")).isEqualTo(new Vocabulary.Value(ValueType.DATE));
    assertThat(members(doc.get("office"))).containsKeys("code", "name", "shortName", "province");
    assertThat(members(members(doc.get("office")).get("name"))).containsOnlyKeys("th", "en");
  }
}
