package org.tidtam.forms.schoolmonitoring;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** Test fixtures of form 7.3: the sample submission, record copies and Thai validation. */
final class Forms73 {
  static final SchoolMonitoringPlugin PLUGIN = new SchoolMonitoringPlugin();

  /** A harness whose context is the demo catalog of สพป.กระบี่. */
  static final FormPluginHarness<SchoolMonitoring> HARNESS =
      FormPluginHarness.of(PLUGIN).withContext(FormContext.of(Catalog.demoCatalog()));

  private Forms73() {}

  /** The plugin's sample: a complete 12-month report of a school teaching อ.1–ป.6. */
  static SchoolMonitoring sample() {
    return HARNESS.sample();
  }

  static List<Violation> submit(SchoolMonitoring form) {
    return HARNESS.validate(form, Stage.SUBMIT);
  }

  static List<Violation> draft(SchoolMonitoring form) {
    return HARNESS.validate(form, Stage.DRAFT);
  }

  /** A copy of a record with one component replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String component, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(component)) {
          args[i] = value;
          found = true;
        } else {
          args[i] = components[i].getAccessor().invoke(record);
        }
      }
      if (!found) {
        throw new IllegalArgumentException(record.getClass() + " has no component " + component);
      }
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a form with one cell of one table row replaced. */
  @SuppressWarnings("unchecked")
  static <R extends Record> R withRow(R form, String table, int row, String column, Object value) {
    try {
      List<Record> rows =
          new ArrayList<>((List<Record>) form.getClass().getMethod(table).invoke(form));
      rows.set(row, with(rows.get(row), column, value));
      return with(form, table, rows);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
