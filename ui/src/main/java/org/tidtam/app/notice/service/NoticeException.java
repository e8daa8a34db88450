package org.tidtam.app.notice.service;

import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/** Why a notice call was refused; the text is shown in the user's language. */
public abstract sealed class NoticeException extends LocalizedException {

  NoticeException(Message message) {
    super(message);
  }

  /** The user's role does not send notices. */
  public static final class NotAllowed extends NoticeException {
    NotAllowed() {
      super(Message.of("tidtam.app.notice.denied"));
    }
  }

  /** No such notice, or one of another unit: the same answer for both. */
  public static final class NotFound extends NoticeException {
    NotFound(long id) {
      super(Message.of("tidtam.app.notice.notFound", "id", id));
    }
  }

  /**
   * A notice that cannot be sent as it is, with the field at fault ({@code text}, {@code units}).
   */
  public static final class Invalid extends NoticeException {
    private final String field;

    Invalid(String field, Message message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
