package org.tidtam.app.submission.service;

import java.util.List;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;
import org.tidtam.validation.Violation;

/** Why the workflow refused a call; the text is shown in the user's language. */
public abstract sealed class WorkflowException extends LocalizedException {

  WorkflowException(Message message) {
    super(message);
  }

  /** No such submission, or one of a unit the user does not see: the same answer for both. */
  public static final class NotFound extends WorkflowException {
    public NotFound(long id) {
      super(Message.of("tidtam.app.submission.notFound", "id", id));
    }
  }

  /** The user sees the submission but may not do this with it. */
  public static final class NotAllowed extends WorkflowException {
    public NotAllowed(SubmissionAction action) {
      super(Message.of("tidtam.app.submission.notAllowed", "action", action.label()));
    }
  }

  /** The submission's status does not allow the action (e.g. saving an approved one). */
  public static final class WrongStatus extends WorkflowException {
    public WrongStatus(
        org.tidtam.app.submission.domain.SubmissionStatus status, SubmissionAction a) {
      super(
          Message.of(
              "tidtam.app.submission.status", "status", status.label(), "action", a.label()));
    }
  }

  /** Saved against an older version than the stored one: never a silent overwrite. */
  public static final class Stale extends WorkflowException {
    private final long current;

    public Stale(long expected, long current) {
      super(Message.of("tidtam.app.submission.stale", "expected", expected, "current", current));
      this.current = current;
    }

    /** The version now stored. */
    public long current() {
      return current;
    }
  }

  /** The round's reporting window is not open for the unit on the day: not yet, or no more. */
  public static final class OutsideWindow extends WorkflowException {
    public OutsideWindow(Message message) {
      super(message);
    }
  }

  /** The data does not read or does not pass the checks: each problem at its path. */
  public static final class Rejected extends WorkflowException {
    private final List<Violation> violations;

    public Rejected(List<Violation> violations) {
      super(violations.getFirst().message());
      this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
      return violations;
    }
  }
}
