package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.MessageBundles;

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

  @Test
  void messagesLeaveTheGenericOnesToCoreAndAreTranslated() {
    assertThat(MessageBundles.usedKeys(EsaMonitoringPlugin.class))
        .contains(
            "tidtam.form71.suggestion.otherRequired", "tidtam.required", "tidtam.fiscalYear.range");
    FormPluginHarness.of(new EsaMonitoringPlugin()).assertMessages();
  }
}
