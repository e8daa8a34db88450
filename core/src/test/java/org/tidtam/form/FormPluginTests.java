package org.tidtam.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidtam.schema.SchemaDeriverTests.Plain;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestPlugins;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.thai.Round;

class FormPluginTests {

  private final FormContext context = FormContext.of(FormPluginHarness.demoCatalog());
  private final TestFormPlugin plugin = new TestFormPlugin();
  private final SubmissionCodec codec = SubmissionCodec.create();

  @Test
  void prefillsNothingByDefault() {
    assertThat(plugin.prefill(new PrefillRequest(2569, Round.ROUND_6M, "GRP-ACAD"), context))
        .isEmpty();
  }

  @Test
  void crossChecksNothingByDefault() {
    assertThat(plugin.crossChecks(codec.toForm(plugin, codec.sample(plugin)), context)).isEmpty();
  }

  @Test
  void hasOneSchemaVersionAndNoMigrationsByDefault() {
    FormPlugin<Plain> plain = TestPlugins.of("P.1", Plain.class);
    assertThat(plain.schemaVersion()).isEqualTo(1);
    assertThat(plain.migrations()).isEmpty();
  }

  @Test
  void aCatalogOnlyContextKnowsNoSubmissions() {
    assertThat(context.projects(2569, Round.ROUND_6M, "GRP-ACAD")).isEmpty();
    assertThat(context.indicatorResults(2569, Round.ROUND_6M, "GRP-ACAD")).isEmpty();
    assertThat(context.catalog().office().shortName().th()).isEqualTo("สพป.ทดสอบ");
  }
}
