package org.tidtam.forms.esamonitoring;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;

class EsaMonitoringWellFormedTests {

  @Test
  void pluginIsWellFormed() {
    FormPluginHarness.of(new EsaMonitoringPlugin()).assertWellFormed();
  }

  @Test
  void pluginIsWellFormedWithTheDemoCatalogAndProjects() {
    FormPluginHarness.of(new EsaMonitoringPlugin())
        .withContext(Forms71.TestContext.demo(Forms71.supervisionProjects()))
        .assertWellFormed();
  }
}
