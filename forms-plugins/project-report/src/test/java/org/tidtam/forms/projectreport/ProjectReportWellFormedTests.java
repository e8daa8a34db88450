package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.MessageBundles;

class ProjectReportWellFormedTests {

  @Test
  void pluginIsWellFormed() {
    FormPluginHarness.of(new ProjectReportPlugin()).assertWellFormed();
  }

  @Test
  void messagesLeaveTheGenericOnesToCoreAndAreTranslated() {
    assertThat(MessageBundles.usedKeys(ProjectReportPlugin.class))
        .contains("tidtam.form72.targets.required", "tidtam.required", "tidtam.fiscalYear.range");
    FormPluginHarness.of(new ProjectReportPlugin()).assertMessages();
  }
}
