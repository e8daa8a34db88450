package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.MessageBundles;

class SchoolMonitoringWellFormedTests {

  @Test
  void pluginIsWellFormed() {
    FormPluginHarness.of(new SchoolMonitoringPlugin()).assertWellFormed();
  }

  @Test
  void messagesLeaveTheGenericOnesToCoreAndAreTranslated() {
    assertThat(MessageBundles.usedKeys(SchoolMonitoringPlugin.class))
        .contains("tidtam.form73.schoolCode.format", "tidtam.required", "tidtam.fiscalYear.range");
    FormPluginHarness.of(new SchoolMonitoringPlugin()).assertMessages();
  }
}
