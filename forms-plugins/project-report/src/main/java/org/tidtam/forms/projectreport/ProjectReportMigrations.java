package org.tidtam.forms.projectreport;

import java.util.List;
import org.tidtam.form.SchemaMigration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The steps that upgrade stored 7.2 submissions to the current record. */
final class ProjectReportMigrations {
  private ProjectReportMigrations() {}

  /** The fields of an indicator result that moved into its {@code measure} in version 2. */
  private static final List<String> MEASURE_FIELDS =
      List.of("unit", "direction", "target", "numerator", "denominator", "notAchievedReason");

  static List<SchemaMigration> all() {
    return List.of(new SchemaMigration(1, ProjectReportMigrations::measureOfIndicators));
  }

  /**
   * Version 1 → 2: an indicator result's unit, direction, target, counts, override and reason move
   * into its {@code measure}, the one indicator measure of forms 7.1 and 7.2. The result of the
   * report's round becomes {@code measure.result} (the 12-month result in a 12-month report, else
   * the 6-month one); the 6-month result stays beside it only in a 12-month report. The yes/no
   * {@code achievedOverride} becomes the assessment {@code ACHIEVED} or {@code NOT_ACHIEVED}, and
   * {@code overrideExplanation} the measure's {@code explanation}.
   */
  static ObjectNode measureOfIndicators(ObjectNode data) {
    boolean twelveMonths = "ROUND_12M".equals(data.path("round").asString(""));
    if (!(data.get("indicatorResults") instanceof ArrayNode rows)) {
      return data;
    }
    for (JsonNode node : rows) {
      if (!(node instanceof ObjectNode row) || row.has("measure")) {
        continue;
      }
      ObjectNode measure = row.objectNode();
      for (String name : MEASURE_FIELDS) {
        move(row, name, measure, name);
      }
      measure.putNull("targetNote");
      JsonNode six = row.remove("result6m");
      JsonNode twelve = row.remove("result12m");
      JsonNode result = twelveMonths ? twelve : present(six) ? six : twelve;
      measure.set("result", result == null ? measure.nullNode() : result);
      JsonNode override = row.remove("achievedOverride");
      if (override != null && override.isBoolean()) {
        measure.put("assessmentOverride", override.booleanValue() ? "ACHIEVED" : "NOT_ACHIEVED");
      } else {
        measure.putNull("assessmentOverride");
      }
      move(row, "overrideExplanation", measure, "explanation");
      row.set("measure", measure);
      row.set("result6m", twelveMonths && six != null ? six : row.nullNode());
    }
    return data;
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static void move(ObjectNode from, String name, ObjectNode to, String as) {
    JsonNode value = from.remove(name);
    to.set(as, value == null ? to.nullNode() : value);
  }
}
