package org.tidtam.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tidtam.template.internal.Formatters;
import org.tidtam.template.internal.TemplateCompiler;

/**
 * Compiles .docx templates (with their placeholders checked against a {@link Vocabulary}) and
 * caches them, at most {@link EngineOptions#cacheSize()} of them, by a hash of their content, so
 * that a template replaced under the same name is compiled again. Thread-safe; one engine per
 * application.
 */
public final class TemplateEngine {

  private record Key(String sha256, Vocabulary vocabulary, EngineOptions options) {}

  private final EngineOptions options;
  private final Cache<Key, Template> cache;

  private TemplateEngine(EngineOptions options) {
    this.options = options;
    this.cache =
        Caffeine.newBuilder().maximumSize(options.cacheSize()).executor(Runnable::run).build();
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
    byte[] copy = docx.clone();
    Key key = new Key(sha256(copy), vocabulary, options);
    return cache.get(
        key,
        k ->
            Formatters.compiling(
                options.formatters(),
                () -> TemplateCompiler.compile(name, copy, vocabulary, options)));
  }

  /**
   * Compiles a template without checking its paths against any data ({@link Vocabulary#ANY}): for a
   * template rendered with data of unknown shape. Malformed tags and blocks are still refused.
   */
  public Template compile(String name, byte[] docx) {
    return compile(name, docx, Vocabulary.ANY);
  }

  /**
   * Checks a template, alone ({@link Vocabulary#ANY}) or against the shape of its data (e.g. {@link
   * Vocabulary#ofJson}), and returns every problem found; empty when it compiles. Cached like
   * {@link #compile}.
   */
  public java.util.List<TemplateProblem> lint(String name, byte[] docx, Vocabulary vocabulary) {
    try {
      compile(name, docx, vocabulary);
      return java.util.List.of();
    } catch (TemplateException e) {
      return e.problems();
    }
  }

  /** Whether the compilation of these bytes against this vocabulary is in the cache. */
  public boolean isCached(byte[] docx, Vocabulary vocabulary) {
    return cache.getIfPresent(new Key(sha256(docx), vocabulary, options)) != null;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
