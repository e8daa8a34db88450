package org.tidtam.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidtam.testforms.Bounded;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestPlugins;
import org.tidtam.validation.CleanText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonSchemaExporterTests {

  private static String text;
  private static JsonNode root;
  private static JsonNode boundedRoot;

  @BeforeAll
  static void export() {
    text = JsonSchemaExporter.export(FormSchema.of(new TestFormPlugin()));
    root = JsonMapper.builder().build().readTree(text);
    boundedRoot =
        JsonMapper.builder()
            .build()
            .readTree(
                JsonSchemaExporter.export(FormSchema.of(TestPlugins.of("T.3", Bounded.class))));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.stringValue()));
    return out;
  }

  private static JsonNode data() {
    return root.get("$defs").get("TestReport");
  }

  private static JsonNode bounded() {
    return boundedRoot.get("$defs").get("Bounded");
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
    assertThat(p.at("/phone/pattern").stringValue())
        .isEqualTo("^(?:0[0-9]{1,2}-[0-9]{3}-[0-9]{4})$");
  }

  @Test
  void saysDigitsAsBoundsAndAStep() {
    JsonNode budget = data().at("/properties/budget");
    assertThat(budget.get("minimum").decimalValue()).isEqualByComparingTo("0");
    assertThat(budget.has("exclusiveMinimum")).isFalse();
    assertThat(budget.get("exclusiveMaximum").decimalValue()).isEqualByComparingTo("1e12");
    assertThat(budget.get("multipleOf").decimalValue()).isEqualByComparingTo("0.01");
    assertThat(text).contains("\"exclusiveMaximum\" : 1000000000000,");
  }

  @Test
  void boundsWholeNumbersByTheirJavaType() {
    JsonNode year = data().at("/properties/fiscalYear");
    assertThat(year.get("minimum").intValue()).isEqualTo(2560);
    assertThat(year.get("maximum").intValue()).isEqualTo(2600);
    JsonNode total = bounded().at("/properties/total");
    assertThat(total.get("minimum").longValue()).isEqualTo(Long.MIN_VALUE);
    assertThat(total.get("maximum").longValue()).isEqualTo(Long.MAX_VALUE);
    JsonNode negative = bounded().at("/properties/negative");
    assertThat(negative.get("minimum").longValue()).isEqualTo(Integer.MIN_VALUE);
    assertThat(negative.get("exclusiveMaximum").intValue()).isZero();
    assertThat(negative.has("maximum")).isFalse();
  }

  @Test
  void saysExclusiveBoundsAndDigitsOnDecimals() {
    JsonNode p = bounded().get("properties");
    assertThat(p.at("/positive/exclusiveMinimum").intValue()).isZero();
    assertThat(p.at("/positive/minimum").isMissingNode()).isTrue();
    assertThat(p.at("/share/exclusiveMinimum").intValue()).isZero();
    assertThat(p.at("/share/exclusiveMaximum").intValue()).isEqualTo(100);
    assertThat(p.at("/amount/exclusiveMinimum").intValue()).isEqualTo(-1000);
    assertThat(p.at("/amount/exclusiveMaximum").intValue()).isEqualTo(1000);
    assertThat(p.at("/amount/multipleOf").decimalValue()).isEqualByComparingTo("0.01");
    assertThat(p.at("/rating/minimum").intValue()).isEqualTo(1);
    assertThat(p.at("/rating/maximum").intValue()).isEqualTo(5);
  }

  @Test
  void saysLengthsInCharactersFormatsAndPatterns() {
    JsonNode p = bounded().get("properties");
    assertThat(p.at("/shortText/minLength").intValue()).isEqualTo(2);
    assertThat(p.at("/shortText/maxLength").intValue()).isEqualTo(5);
    assertThat(p.at("/length/maxLength").intValue()).isEqualTo(10);
    assertThat(p.at("/title/minLength").intValue()).isEqualTo(1);
    assertThat(p.at("/email/format").stringValue()).isEqualTo("email");
    assertThat(p.at("/email/maxLength").intValue()).isEqualTo(255);
    assertThat(p.at("/schoolCode/pattern").stringValue()).isEqualTo("^(?:[0-9]{8}|[0-9]{10})$");
    assertThat(p.at("/url/pattern").stringValue())
        .isEqualTo("^(?:https?://[^\\t\\n\\u000b\\f\\r ]+)$");
  }

  @Test
  void leavesOutPatternsThatEcmaScriptCannotSayAndWarnings() {
    JsonNode p = bounded().get("properties");
    assertThat(p.get("flagged").has("pattern")).isFalse();
    assertThat(p.get("named").has("pattern")).isFalse();
    assertThat(p.get("warned").has("maxLength")).isFalse();
    assertThat(p.get("founded").has("formatMaximum")).isFalse();
    assertThat(strings(p.at("/founded/type"))).containsExactly("string", "null");
  }

  @Test
  void saysNotBlankAndCleanTextAsPatternsThatDemandACharacter() {
    JsonNode p = bounded().get("properties");
    String notBlank = p.at("/code/pattern").stringValue();
    assertThat(notBlank).isEqualTo(JsonSchemaExporter.NOT_BLANK).startsWith("[^\\u0009-\\u000d");
    assertThat(java.util.regex.Pattern.compile(notBlank).matcher(" \t\u3000").find()).isFalse();
    assertThat(java.util.regex.Pattern.compile(notBlank).matcher(" ก ").find()).isTrue();
    assertThat(p.at("/note/allOf/0/pattern").stringValue()).isEqualTo(JsonSchemaExporter.NOT_BLANK);
    String clean = p.at("/note/allOf/1/pattern").stringValue();
    assertThat(clean).isEqualTo(JsonSchemaExporter.CLEAN_TEXT).startsWith("^$|[^");
    assertThat(java.util.regex.Pattern.compile(clean).matcher("- . –").find()).isFalse();
    assertThat(java.util.regex.Pattern.compile(clean).matcher("").find()).isTrue();
    assertThat(java.util.regex.Pattern.compile(clean).matcher("-ไม่มี-").find()).isTrue();
    assertThat(p.at("/note/pattern").isMissingNode()).isTrue();
  }

  @Test
  void saysTheRulesOfListElementsOnTheItems() {
    JsonNode p = bounded().get("properties");
    assertThat(p.at("/tags/minItems").intValue()).isEqualTo(1);
    assertThat(p.at("/tags/maxItems").intValue()).isEqualTo(3);
    assertThat(p.at("/tags/items/type").stringValue()).isEqualTo("string");
    assertThat(p.at("/tags/items/maxLength").intValue()).isEqualTo(30);
    assertThat(p.at("/tags/items/pattern").stringValue()).isEqualTo(JsonSchemaExporter.NOT_BLANK);
    assertThat(p.at("/codes/items/pattern").stringValue()).isEqualTo("^(?:[0-9]{3})$");
    assertThat(p.at("/schools/items/x-tidtam-reference").stringValue()).isEqualTo("SCHOOL");
    assertThat(p.at("/schools/items/maxLength").intValue()).isEqualTo(10);
    assertThat(p.at("/schools/maxItems").intValue()).isEqualTo(2);
    assertThat(strings(p.at("/priorities/items/enum"))).containsExactly("HIGH", "LOW");
    assertThat(p.at("/priorities/minItems").intValue()).isEqualTo(1);
  }

  @Test
  void requiresWhatAMissingValueWouldBreak() {
    assertThat(strings(bounded().get("required")))
        .containsExactly("code", "title", "note", "month", "agreed", "tags", "priorities", "group");
    JsonNode p = bounded().get("properties");
    assertThat(p.at("/agreed/const").booleanValue()).isTrue();
    assertThat(p.at("/count/type").stringValue()).isEqualTo("integer");
    assertThat(p.at("/count/minimum").intValue()).isZero();
    assertThat(p.at("/count/maximum").intValue()).isEqualTo(10);
    assertThat(p.at("/group/type").stringValue()).isEqualTo("string");
    assertThat(p.at("/group/pattern").stringValue()).isEqualTo(JsonSchemaExporter.NOT_BLANK);
    assertThat(p.at("/group/maxLength").intValue()).isEqualTo(10);
  }

  @Test
  void saysThatImagesArePngOrJpegInBase64() {
    java.util.regex.Pattern data =
        java.util.regex.Pattern.compile(
            root.at("/$defs/Image/properties/data/pattern").stringValue());
    java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    assertThat(data.matcher(base64.encodeToString(png)).find()).isTrue();
    assertThat(data.matcher(base64.encodeToString(jpeg)).find()).isTrue();
    assertThat(data.matcher(base64.encodeToString("GIF89a".getBytes())).find()).isFalse();
    assertThat(data.matcher("iVBORw0KGgoA!!!").find()).isFalse();
  }

  @Test
  void tellsWhichConstraintsItSays() throws Exception {
    assertThat(JsonSchemaExporter.says(constraint("code", NotBlank.class))).isTrue();
    assertThat(JsonSchemaExporter.says(constraint("schoolCode", Pattern.class))).isTrue();
    assertThat(JsonSchemaExporter.says(constraint("flagged", Pattern.class))).isFalse();
    assertThat(JsonSchemaExporter.says(constraint("named", Pattern.class))).isFalse();
    assertThat(JsonSchemaExporter.says(constraint("note", CleanText.class))).isTrue();
    assertThat(JsonSchemaExporter.says(constraint("founded", Past.class))).isFalse();
  }

  private static <A extends Annotation> A constraint(String component, Class<A> type)
      throws NoSuchFieldException {
    return Bounded.class.getDeclaredField(component).getAnnotation(type);
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
