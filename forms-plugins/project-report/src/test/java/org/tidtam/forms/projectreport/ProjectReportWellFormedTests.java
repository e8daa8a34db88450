package org.tidtam.forms.projectreport;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;

class ProjectReportWellFormedTests {

  @Test
  void pluginIsWellFormed() {
    FormPluginHarness.of(new ProjectReportPlugin()).assertWellFormed();
  }
}
