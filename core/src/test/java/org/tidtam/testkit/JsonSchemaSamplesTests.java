package org.tidtam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.JsonSchemaExporter;
import org.tidtam.testforms.Bounded;
import org.tidtam.testforms.TestPlugins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The documents the generator makes reach the edges of the schema, not only its safe middle. */
class JsonSchemaSamplesTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SCHEMA =
      JsonSchemaExporter.export(FormSchema.of(TestPlugins.of("T.3", Bounded.class)));
  private static final JsonSchemaSamples SAMPLES = JsonSchemaSamples.of(SCHEMA);
  private static final List<JsonNode> DATA =
      LongStream.rangeClosed(1, 200)
          .mapToObj(seed -> JSON.readTree(SAMPLES.document(seed)).get("data"))
          .toList();

  private static List<JsonNode> values(String field) {
    List<JsonNode> out = new ArrayList<>();
    DATA.forEach(d -> out.add(d.get(field)));
    return out;
  }

  private static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  @Test
  void theSameSeedGivesTheSameDocument() {
    assertThat(SAMPLES.document(42)).isEqualTo(SAMPLES.document(42));
    assertThat(SAMPLES.document(42)).isNotEqualTo(SAMPLES.document(43));
  }

  @Test
  void textsReachTheirMaximumLengthWithEmojiThaiAndControlCharacters() {
    List<String> codes =
        values("code").stream().map(JsonNode::stringValue).toList(); // required, at most 20
    assertThat(codes).allMatch(c -> characters(c) <= 20);
    assertThat(codes).anyMatch(c -> characters(c) == 20 && c.length() > 20);
    String all = String.join("", codes);
    assertThat(all.codePoints()).anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B);
    assertThat(all.codePoints()).anyMatch(c -> c < 0x20);
    assertThat(all.codePoints()).anyMatch(c -> c >= 0x1F300);
  }

  @Test
  void optionalMembersAreSometimesMissingAndSometimesNull() {
    List<JsonNode> shortTexts = values("shortText");
    assertThat(shortTexts).anyMatch(n -> n == null);
    assertThat(shortTexts).anyMatch(n -> n != null && n.isNull());
    assertThat(shortTexts)
        .filteredOn(n -> n != null && n.isString())
        .extracting(n -> characters(n.stringValue()))
        .contains(2, 5)
        .allMatch(n -> n >= 2 && n <= 5);
  }

  @Test
  void numbersReachTheirBoundsAndKeepTheirStep() {
    Set<Integer> months = new HashSet<>();
    values("month").forEach(n -> months.add(n.intValue()));
    assertThat(months).contains(1, 12).allMatch(m -> m >= 1 && m <= 12);
    List<BigDecimal> amounts =
        values("amount").stream()
            .filter(n -> n != null && n.isNumber())
            .map(JsonNode::decimalValue)
            .toList();
    assertThat(amounts).contains(new BigDecimal("999.99"), new BigDecimal("-999.99"));
    assertThat(amounts)
        .allMatch(a -> a.abs().compareTo(new BigDecimal("1000")) < 0)
        .allMatch(a -> a.stripTrailingZeros().scale() <= 2);
    assertThat(values("share"))
        .filteredOn(n -> n != null && n.isNumber())
        .allMatch(n -> n.decimalValue().signum() > 0 && n.decimalValue().intValue() < 100);
    assertThat(values("total"))
        .filteredOn(n -> n != null && n.isNumber())
        .anyMatch(n -> n.longValue() == Long.MAX_VALUE || n.longValue() == Long.MIN_VALUE);
  }

  @Test
  void listsReachTheirSizeLimitsAndKeepItemsUnique() {
    assertThat(values("tags")).extracting(JsonNode::size).contains(1, 3).allMatch(n -> n <= 3);
    assertThat(values("priorities"))
        .allMatch(p -> p.size() == new HashSet<>(p.valueStream().toList()).size())
        .anyMatch(p -> p.size() == 2);
  }

  @Test
  void stringsMatchTheirPatternsAndFormats() {
    assertThat(values("schoolCode"))
        .filteredOn(n -> n != null && n.isString())
        .isNotEmpty()
        .allMatch(n -> n.stringValue().matches("\\d{8}|\\d{10}"));
    assertThat(values("email"))
        .filteredOn(n -> n != null && n.isString())
        .isNotEmpty()
        .allMatch(n -> n.stringValue().matches("[a-z0-9.]+@[a-z0-9.]+\\.[a-z]{2,6}"));
    assertThat(values("note"))
        .allMatch(n -> !n.stringValue().isBlank())
        .allMatch(n -> n.stringValue().codePoints().anyMatch(c -> !Character.isWhitespace(c)));
  }

  @Test
  void refusesKeywordsItDoesNotKnow() {
    ObjectNode schema = (ObjectNode) JSON.readTree(SCHEMA);
    ((ObjectNode) schema.at("/$defs/Bounded/properties/code")).putArray("oneOf");
    JsonSchemaSamples samples = JsonSchemaSamples.of(schema.toString());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IntStream.rangeClosed(1, 5).forEach(samples::document))
        .withMessageContaining("oneOf")
        .withMessageContaining("data.code");
  }
}
