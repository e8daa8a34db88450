package org.tidtam.forms.esamonitoring;

import java.util.List;
import org.tidtam.form.SchemaMigration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The steps that upgrade stored 7.1 submissions to the current record. */
final class EsaMonitoringMigrations {
  private EsaMonitoringMigrations() {}

  /** The fields of a result row that moved into its {@code measure} in version 2, in its order. */
  private static final List<String> MEASURE_FIELDS =
      List.of(
          "unit",
          "direction",
          "target",
          "targetNote",
          "result",
          "numerator",
          "denominator",
          "assessmentOverride",
          "explanation",
          "notAchievedReason");

  static List<SchemaMigration> all() {
    return List.of(new SchemaMigration(1, EsaMonitoringMigrations::measureOfResults));
  }

  /**
   * Version 1 → 2: the unit, direction, target, result, counts, assessment override, explanation
   * and reason of each row of section 2 move unchanged into its {@code measure}, the one indicator
   * measure of forms 7.1 and 7.2.
   */
  static ObjectNode measureOfResults(ObjectNode data) {
    if (!(data.get("results") instanceof ArrayNode rows)) {
      return data;
    }
    for (JsonNode node : rows) {
      if (!(node instanceof ObjectNode row) || row.has("measure")) {
        continue;
      }
      ObjectNode measure = row.objectNode();
      for (String name : MEASURE_FIELDS) {
        JsonNode value = row.remove(name);
        measure.set(name, value == null ? measure.nullNode() : value);
      }
      row.set("measure", measure);
    }
    return data;
  }
}
