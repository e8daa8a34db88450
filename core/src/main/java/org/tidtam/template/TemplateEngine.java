package org.tidtam.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tidtam.template.internal.TemplateCompiler;

/**
 * Compiles .docx templates (with their placeholders checked against a {@link Vocabulary}) and
 * caches them by a hash of their content. Thread-safe; one engine per application.
 */
public final class TemplateEngine {

  private record Key(String sha256, Vocabulary vocabulary, EngineOptions options) {}

  private final EngineOptions options;
  private final Cache<Key, Template> cache;

  private TemplateEngine(EngineOptions options) {
    this.options = options;
    this.cache = Caffeine.newBuilder().maximumSize(Math.max(0, options.cacheSize())).build();
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
    return cache.get(key, k -> TemplateCompiler.compile(name, copy, vocabulary, options));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
