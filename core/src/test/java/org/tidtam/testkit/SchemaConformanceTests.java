package org.tidtam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidtam.testforms.Bounded;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestPlugins;
import org.tidtam.testforms.TestProjectPlugin;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of each core test form says every rule JSON Schema can say: random documents
 * within it read, and break no rule the schema claims to say, as drafts or as submissions.
 */
class SchemaConformanceTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaConformance REPORT = SchemaConformance.of(new TestFormPlugin());
  private static final SchemaConformance PROJECT = SchemaConformance.of(new TestProjectPlugin());
  private static final SchemaConformance BOUNDED =
      SchemaConformance.of(TestPlugins.of("T.3", Bounded.class));

  static LongStream seeds() {
    return RandomValues.seeds(200);
  }

  @ParameterizedTest(name = "T.1 seed {0}")
  @MethodSource("seeds")
  void testReportDocumentsBreakOnlyRulesTheSchemaCannotSay(long seed) {
    REPORT.check(seed);
  }

  @ParameterizedTest(name = "T.2 seed {0}")
  @MethodSource("seeds")
  void testProjectDocumentsBreakOnlyRulesTheSchemaCannotSay(long seed) {
    PROJECT.check(seed);
  }

  @ParameterizedTest(name = "T.3 seed {0}")
  @MethodSource("seeds")
  void boundedDocumentsBreakOnlyRulesTheSchemaCannotSay(long seed) {
    BOUNDED.check(seed);
  }

  @Test
  void findsARuleThatTheSchemaLeavesOut() {
    ObjectNode schema = (ObjectNode) JSON.readTree(BOUNDED.schemaJson());
    ((ObjectNode) schema.at("/$defs/Bounded/properties/code")).remove("maxLength");
    SchemaConformance weakened =
        SchemaConformance.of(TestPlugins.of("T.3", Bounded.class), schema.toString());

    List<String> problems =
        LongStream.rangeClosed(1, 50).mapToObj(weakened::problems).flatMap(List::stream).toList();

    assertThat(problems)
        .anyMatch(p -> p.contains("breaks @Size(") && p.endsWith("at code, which the schema says"));
    assertThatThrownBy(() -> LongStream.rangeClosed(1, 50).forEach(weakened::check))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("form T.3, seed ")
        .hasMessageContaining("\"code\"");
  }

  @Test
  void findsADocumentThatDoesNotRead() {
    ObjectNode schema = (ObjectNode) JSON.readTree(BOUNDED.schemaJson());
    ((ObjectNode) schema.at("/$defs/Bounded/properties/month")).put("type", "string");
    SchemaConformance wrong =
        SchemaConformance.of(TestPlugins.of("T.3", Bounded.class), schema.toString());

    assertThat(wrong.problems(1)).anyMatch(p -> p.startsWith("does not read: month"));
  }
}
