package org.tidtam.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text for a user, kept apart from its language until it is shown: a key of the {@code
 * ValidationMessages} bundles (of core and of every plugin) and its named arguments. It becomes
 * Thai or English at the edge (command line, view, API response) with {@link #in(Lang)}, so each
 * caller may ask for its own language. An argument that is a {@link LocalizedText} or a {@link
 * Labeled} value is shown in the same language.
 *
 * <p>A key the bundles do not know is itself the text, with its {@code {name}} arguments filled in:
 * a constraint whose message is written out rather than given as {@code {key}} still shows.
 */
public record Message(String key, Map<String, Object> args) {

  public Message {
    Objects.requireNonNull(key, "key");
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  public static Message of(String key) {
    return new Message(key, Map.of());
  }

  /** A message with arguments given as name, value, name, value… */
  public static Message of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come as name-value pairs: " + key);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return new Message(key, args);
  }

  /** The same message with one more argument. */
  public Message with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(args);
    more.put(name, value);
    return new Message(key, more);
  }

  /** The text in a language, arguments filled in. */
  public String in(Lang lang) {
    return Messages.render(this, lang);
  }

  @Override
  public String toString() {
    return in(Lang.TH);
  }
}
