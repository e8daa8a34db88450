package org.tidtam.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidtam.testforms.TestFormPlugin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonSchemaExporterTests {

  private static JsonNode root;

  @BeforeAll
  static void export() {
    String text = JsonSchemaExporter.export(FormSchema.of(new TestFormPlugin()));
    root = JsonMapper.builder().build().readTree(text);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }

  private static JsonNode data() {
    return root.get("$defs").get("TestReport");
  }

  @Test
  void describesTheEnvelopeInDraft2020() {
    assertThat(root.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(root.get("title").stringValue()).isEqualTo("แบบรายงานทดสอบ");
    assertThat(strings(root.get("required"))).containsExactly("form", "schemaVersion", "data");
    assertThat(root.at("/properties/form/const").stringValue()).isEqualTo("T.1");
    assertThat(root.at("/properties/schemaVersion/const").intValue()).isEqualTo(2);
    assertThat(root.at("/properties/data/$ref").stringValue()).isEqualTo("#/$defs/TestReport");
    assertThat(root.get("additionalProperties").booleanValue()).isFalse();
  }

  @Test
  void listsTheFormsFieldsWithoutComputedOnes() {
    List<String> names = new ArrayList<>();
    data().get("properties").propertyNames().forEach(names::add);
    assertThat(names)
        .startsWith("projectName", "fiscalYear", "group")
        .endsWith("reporter", "signature", "photos")
        .doesNotContain("totalSpent", "disbursementPct", "isActive");
    assertThat(data().get("additionalProperties").booleanValue()).isFalse();
    assertThat(strings(data().get("required")))
        .containsExactly(
            "projectName", "fiscalYear", "group", "status", "budget", "summary", "rows");
  }

  @Test
  void mapsTypesBoundsAndChoices() {
    JsonNode p = data().get("properties");
    assertThat(p.at("/projectName/title").stringValue()).isEqualTo("ชื่อโครงการ");
    assertThat(p.at("/projectName/description").stringValue()).isEqualTo("Project name");
    assertThat(p.at("/projectName/type").stringValue()).isEqualTo("string");
    assertThat(p.at("/projectName/maxLength").intValue()).isEqualTo(200);
    assertThat(p.at("/fiscalYear/type").stringValue()).isEqualTo("integer");
    assertThat(p.at("/fiscalYear/minimum").intValue()).isEqualTo(2560);
    assertThat(strings(p.at("/startDate/type"))).containsExactly("string", "null");
    assertThat(p.at("/startDate/format").stringValue()).isEqualTo("date");
    assertThat(p.at("/centralBudget/type").stringValue()).isEqualTo("boolean");
    assertThat(p.at("/budget/type").stringValue()).isEqualTo("number");
    assertThat(strings(p.at("/status/enum"))).containsExactly("DONE", "IN_PROGRESS");
    assertThat(strings(p.at("/priority/anyOf/0/enum"))).containsExactly("HIGH", "LOW");
    assertThat(p.at("/group/x-tidtam-reference").stringValue()).isEqualTo("ORG_GROUP");
    assertThat(strings(p.at("/targets/items/enum"))).containsExactly("STUDENTS", "TEACHERS");
    assertThat(p.at("/summary/description").stringValue())
        .isEqualTo("Summary — A short summary of the results");
    assertThat(p.at("/phone/pattern").stringValue()).isEqualTo("0[0-9]{1,2}-[0-9]{3}-[0-9]{4}");
  }

  @Test
  void putsSubRecordsAndImagesInDefs() {
    JsonNode p = data().get("properties");
    assertThat(p.at("/rows/type").stringValue()).isEqualTo("array");
    assertThat(p.at("/rows/maxItems").intValue()).isEqualTo(50);
    assertThat(p.at("/rows/items/$ref").stringValue()).isEqualTo("#/$defs/Row");
    assertThat(p.at("/problems/items/type").stringValue()).isEqualTo("string");
    assertThat(p.at("/photos/items/$ref").stringValue()).isEqualTo("#/$defs/Image");
    assertThat(p.at("/reporter/anyOf/0/$ref").stringValue()).isEqualTo("#/$defs/Person");
    JsonNode row = root.at("/$defs/Row");
    assertThat(strings(row.get("required"))).containsExactly("name", "amount");
    assertThat(row.at("/properties/amount/minimum").intValue()).isZero();
    assertThat(row.at("/properties/remaining").isMissingNode()).isTrue();
    assertThat(root.at("/$defs/Image/properties/data/contentEncoding").stringValue())
        .isEqualTo("base64");
  }
}
