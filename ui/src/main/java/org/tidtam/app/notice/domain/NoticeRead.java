package org.tidtam.app.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That a user read a notice, and when. */
@Entity
@Table(name = "notice_read")
public class NoticeRead {

  /** A notice and a user. */
  @Embeddable
  public record Key(
      @Column(name = "notice_id", nullable = false) long noticeId,
      @Column(nullable = false) String username)
      implements Serializable {}

  @EmbeddedId private Key key = new Key(0, "");

  @Column(name = "read_at", nullable = false)
  private Instant readAt = Instant.EPOCH;

  protected NoticeRead() {}

  public NoticeRead(long noticeId, String username, Instant readAt) {
    this.key = new Key(noticeId, username);
    this.readAt = readAt;
  }

  public Key getKey() {
    return key;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
