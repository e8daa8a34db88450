package org.tidtam.app.monitoring.service;

import java.util.List;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/** Why a monitoring call was refused; the text is shown in the user's language. */
public abstract sealed class MonitoringException extends LocalizedException {

  MonitoringException(Message message) {
    super(message);
  }

  /** The user's role does not see the follow-up or may not change the plan. */
  public static final class NotAllowed extends MonitoringException {
    public NotAllowed(Message message) {
      super(message);
    }
  }

  /** No plan for the fiscal year, or no such round in it. */
  public static final class NotFound extends MonitoringException {
    public NotFound(Message message) {
      super(message);
    }
  }

  /** A change of the plan that does not pass: each problem at its field. */
  public static final class Invalid extends MonitoringException {
    private final List<Problem> problems;

    public Invalid(List<Problem> problems) {
      super(problems.getFirst().message());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * A problem of a change at its field ({@code opens}, {@code due}, {@code closes}, {@code forms},
   * {@code round}, {@code until}, {@code unit}).
   */
  public record Problem(String field, Message message) {}

  /** A malformed request: a round or fiscal year that does not read. */
  public static final class Malformed extends MonitoringException {
    public Malformed(Message message) {
      super(message);
    }
  }
}
