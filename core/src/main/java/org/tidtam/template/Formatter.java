package org.tidtam.template;

import org.jspecify.annotations.Nullable;

/**
 * Turns a value into what a placeholder prints, e.g. {@code {{amount | baht}}}. Formatters chain
 * left to right; the last result is printed with the default display rules.
 */
@FunctionalInterface
public interface Formatter {

  /**
   * @param value the value (or the previous formatter's result), may be null
   * @param arg the text after {@code :} in the tag, e.g. {@code –} in {@code or:"–"}, or null
   */
  @Nullable Object apply(@Nullable Object value, @Nullable String arg, RenderContext context);
}
