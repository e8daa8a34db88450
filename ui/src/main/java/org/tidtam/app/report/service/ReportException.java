package org.tidtam.app.report.service;

import java.util.List;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/** Why a call on the annual report was refused; the text is shown in the user's language. */
public abstract sealed class ReportException extends LocalizedException {

  ReportException(Message message) {
    super(message);
  }

  /** The user's role does not see the report or may not change it. */
  public static final class Denied extends ReportException {
    Denied(Message message) {
      super(message);
    }
  }

  /** No such fiscal year, no published report of it, or no PDF without LibreOffice. */
  public static final class NotFound extends ReportException {
    NotFound(Message message) {
      super(message);
    }
  }

  /** Someone else saved or published the report first. */
  public static final class Conflict extends ReportException {
    Conflict(Message message) {
      super(message);
    }
  }

  /** Settings that do not pass: each problem at its field. */
  public static final class Invalid extends ReportException {
    private final List<Problem> problems;

    Invalid(List<Problem> problems) {
      super(problems.getFirst().message());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * A problem of the settings at its field ({@code title}, {@code preparedBy}, {@code number},
   * {@code logo}, {@code foreword}, {@code chapters}).
   */
  public record Problem(String field, Message message) {}
}
