package org.tidtam.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestPlugins;
import org.tidtam.testforms.TestReport;

class FormRegistryTests {

  /** A second plugin that claims the test form's id. */
  static final class Impostor implements FormPlugin<TestReport> {
    @Override
    public FormId id() {
      return FormId.of("T.1");
    }

    @Override
    public Class<TestReport> formType() {
      return TestReport.class;
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.of("ปลอม", "Impostor");
    }

    @Override
    public String templateName() {
      return "x.docx";
    }
  }

  @Test
  void findsPluginsRegisteredAsServices() {
    FormRegistry registry = FormRegistry.load();
    assertThat(registry.all()).singleElement().isInstanceOf(TestFormPlugin.class);
    assertThat(registry.find("T.1")).isPresent();
    assertThat(registry.get("T.1").formType()).isEqualTo(TestReport.class);
  }

  @Test
  void rejectsADuplicateIdNamingBothClasses() {
    assertThatThrownBy(() -> FormRegistry.of(List.of(new TestFormPlugin(), new Impostor())))
        .isInstanceOf(LocalizedException.class)
        .hasMessageContaining("duplicate form id T.1")
        .satisfies(
            e ->
                assertThat(((LocalizedException) e).text(Lang.TH))
                    .startsWith("รหัสแบบฟอร์ม T.1 ซ้ำกัน: "))
        .hasMessageContaining(TestFormPlugin.class.getName())
        .hasMessageContaining(Impostor.class.getName());
  }

  @Test
  void listsPluginsSortedById() {
    FormRegistry registry =
        FormRegistry.of(
            List.of(
                TestPlugins.of("B.2", SchemaDeriverTests.Plain.class),
                new TestFormPlugin(),
                TestPlugins.of("A.1", SchemaDeriverTests.Plain.class)));
    assertThat(registry.all()).extracting(p -> p.id().value()).containsExactly("A.1", "B.2", "T.1");
  }

  @Test
  void anUnknownIdListsTheKnownOnesInThaiAndEnglish() {
    FormRegistry registry = FormRegistry.of(List.of(new TestFormPlugin()));
    assertThat(registry.find("9.9")).isEmpty();
    assertThatThrownBy(() -> registry.get("9.9"))
        .isInstanceOf(LocalizedException.class)
        .hasMessage("unknown form id \"9.9\" (known: T.1)")
        .satisfies(
            e ->
                assertThat(((LocalizedException) e).text(Lang.TH))
                    .isEqualTo("ไม่พบแบบฟอร์มรหัส \"9.9\" (มี: T.1)"));
  }

  @Test
  void rejectsAPluginWhoseRecordCannotBeAFormWhenTheFormIsAskedFor() {
    FormRegistry registry =
        FormRegistry.of(
            List.of(new TestFormPlugin(), TestPlugins.of("M.1", SchemaDeriverTests.Money.class)));

    assertThat(registry.all()).hasSize(2);
    assertThat(registry.get("T.1").formType()).isEqualTo(TestReport.class);
    assertThatThrownBy(() -> registry.get("M.1")).hasMessageContaining("Money.amount");
    assertThatThrownBy(() -> registry.find("M.1")).hasMessageContaining("Money.amount");
  }
}
