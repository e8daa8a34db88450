package org.tidtam.i18n;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An error a user can act on, whose text is {@link Message}s shown in the user's language where it
 * is caught (command line, view, API). {@link #getMessage()} is English, for logs.
 */
public class LocalizedException extends RuntimeException {

  private final List<Message> messages;

  public LocalizedException(Message message) {
    this(List.of(message), null);
  }

  public LocalizedException(Message message, Throwable cause) {
    this(List.of(message), cause);
  }

  /** An error with a headline and the lines under it (e.g. every file that cannot be read). */
  public LocalizedException(List<Message> messages, @Nullable Throwable cause) {
    super(join(messages, Lang.EN), cause);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("an error needs a message");
    }
    this.messages = List.copyOf(messages);
  }

  /** The headline, then the lines under it. */
  public List<Message> messages() {
    return messages;
  }

  /** The whole text in a language, one message a line. */
  public String text(Lang lang) {
    return join(messages, lang);
  }

  private static String join(List<Message> messages, Lang lang) {
    return messages.stream().map(m -> m.in(lang)).collect(Collectors.joining("\n"));
  }
}
