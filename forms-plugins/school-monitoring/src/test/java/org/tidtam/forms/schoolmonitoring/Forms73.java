package org.tidtam.forms.schoolmonitoring;

import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** Test fixtures of form 7.3: the sample submission and Thai validation. */
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

  static List<Violation.Shown> submit(SchoolMonitoring form) {
    return HARNESS.validate(form, Stage.SUBMIT);
  }

  static List<Violation.Shown> draft(SchoolMonitoring form) {
    return HARNESS.validate(form, Stage.DRAFT);
  }
}
