package org.tidtam.testforms;

import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedText;

/** Plugins over arbitrary records, for tests of the schema rules. */
public final class TestPlugins {
  private TestPlugins() {}

  public static <F extends Record> FormPlugin<F> of(String id, Class<F> type) {
    return new FormPlugin<>() {
      @Override
      public FormId id() {
        return FormId.of(id);
      }

      @Override
      public Class<F> formType() {
        return type;
      }

      @Override
      public LocalizedText title() {
        return LocalizedText.of("ทดสอบ " + id, "Test " + id);
      }

      @Override
      public String templateName() {
        return id + ".docx";
      }
    };
  }
}
