package org.tidtam.app.monitoring.service;

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

  /** A malformed request: a round or fiscal year that does not read. */
  public static final class Malformed extends MonitoringException {
    public Malformed(Message message) {
      super(message);
    }
  }
}
