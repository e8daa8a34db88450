package org.tidtam.forms.schoolmonitoring;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;

class SchoolMonitoringWellFormedTests {

  @Test
  void pluginIsWellFormed() {
    FormPluginHarness.of(new SchoolMonitoringPlugin()).assertWellFormed();
  }
}
