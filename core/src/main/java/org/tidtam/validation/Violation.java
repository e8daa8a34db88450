package org.tidtam.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;

/**
 * One broken rule, at the exact path of the value, e.g. {@code activities[2].spent}, so that the
 * editor can mark the exact cell. The path is empty for a rule about the whole form. The message is
 * a key and its arguments: it becomes Thai or English where it is shown ({@link #text(Lang)}).
 */
public record Violation(String path, Message message, Severity severity) {

  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** A violation with a message key of the bundles and its named arguments. */
  public Violation(String path, String key, Map<String, ?> args, Severity severity) {
    this(path, new Message(key, new LinkedHashMap<String, Object>(args)), severity);
  }

  public static Violation error(String path, Message message) {
    return new Violation(path, message, Severity.ERROR);
  }

  public static Violation warning(String path, Message message) {
    return new Violation(path, message, Severity.WARNING);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message in a language. */
  public String text(Lang lang) {
    return message.in(lang);
  }

  /** The violation as a user sees it in a language. */
  public Shown in(Lang lang) {
    return new Shown(path, text(lang), severity);
  }

  /** Violations as a user sees them in a language, in the same order. */
  public static List<Shown> in(List<Violation> violations, Lang lang) {
    return violations.stream().map(v -> v.in(lang)).toList();
  }

  @Override
  public String toString() {
    return in(Lang.TH).toString();
  }

  /**
   * A violation shown in one language: what the command line prints and the API returns ({@code
   * {path, message, severity}}).
   */
  public record Shown(String path, String message, Severity severity) {

    public boolean isError() {
      return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
      return (path.isEmpty() ? "(form)" : path) + ": " + message;
    }
  }
}
