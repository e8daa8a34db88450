package org.tidtam.forms.schoolmonitoring;

import java.util.List;
import org.tidtam.form.SchemaMigration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The steps that upgrade stored submissions of form 7.3.
 *
 * <p>Version 2 gave each test result its academic year and compared the school with the office and
 * the nation item by item: the single means of version 1, {@code rt.esaTotal}, {@code
 * rt.nationTotal} and {@code nt.nationTotal}, become the {@code total} of {@code rt.esa}, {@code
 * rt.nation} and {@code nt.nation}. Everything else version 2 added (address, academic years,
 * learning achievement, the other comparisons) is optional and stays empty.
 */
final class SchoolMonitoringMigrations {
  static final List<SchemaMigration> STEPS =
      List.of(new SchemaMigration(1, SchoolMonitoringMigrations::toVersion2));

  private SchoolMonitoringMigrations() {}

  static ObjectNode toVersion2(ObjectNode data) {
    if (data.get("rt") instanceof ObjectNode rt) {
      moveTotal(rt, "esaTotal", "esa");
      moveTotal(rt, "nationTotal", "nation");
    }
    if (data.get("nt") instanceof ObjectNode nt) {
      moveTotal(nt, "nationTotal", "nation");
    }
    return data;
  }

  private static void moveTotal(ObjectNode result, String oldName, String benchmark) {
    JsonNode total = result.remove(oldName);
    if (total != null && !total.isNull()) {
      result.putObject(benchmark).set("total", total);
    }
  }
}
