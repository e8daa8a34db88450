package org.tidtam.template;

/**
 * Compiles .docx templates (with their placeholders checked against a {@link Vocabulary}) and
 * caches them by a hash of their content. Thread-safe; one engine per application.
 */
public final class TemplateEngine {
  private final EngineOptions options;

  private TemplateEngine(EngineOptions options) {
    this.options = options;
  }

  public static TemplateEngine create() {
    return create(EngineOptions.defaults());
  }

  public static TemplateEngine create(EngineOptions options) {
    return new TemplateEngine(options);
  }

  public EngineOptions options() {
    return options;
  }

  /**
   * Compiles a template, or returns the cached compilation of the same bytes and vocabulary.
   *
   * @throws TemplateException listing every problem (unknown path, loop over a non-list, malformed
   *     tag, ...) with its location
   */
  public Template compile(String name, byte[] docx, Vocabulary vocabulary) {
    throw new UnsupportedOperationException("the template engine is being written");
  }
}
