package org.tidtam.template;

import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;

/**
 * One problem found in a template when it is compiled. The location and the message are shown in
 * the user's language ({@link #text(Lang)}).
 *
 * @param part the document part, e.g. {@code word/document.xml} or {@code word/header1.xml}
 * @param location where in the part: the paragraph's text, or the table, row and cell; empty for
 *     the whole part ({@link #NOWHERE})
 * @param message what is wrong and how to mend it
 */
public record TemplateProblem(String part, Message location, Message message) {

  /** The location of a problem of the whole part (or of the whole file). */
  public static final Message NOWHERE = Message.of("tidtam.template.at.none");

  /** The problem as one line in a language: part, location and message. */
  public Message line() {
    if (part.isEmpty()) {
      return message;
    }
    if (location.equals(NOWHERE)) {
      return Message.of("tidtam.template.problem.inPart", "part", part, "message", message);
    }
    return Message.of(
        "tidtam.template.problem", "part", part, "location", location, "message", message);
  }

  /** The problem as one line in a language. */
  public String text(Lang lang) {
    return line().in(lang);
  }

  /** English, for logs. */
  @Override
  public String toString() {
    return text(Lang.EN);
  }
}
