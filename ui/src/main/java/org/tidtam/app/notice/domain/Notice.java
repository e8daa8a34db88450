package org.tidtam.app.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notice to one unit (a school or group code): what it is about, its text, and who sent it and
 * when (the audit of the sending). Never changed.
 */
@Entity
@Table(name = "notice")
public class Notice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "unit_code", nullable = false)
  private String unitCode = "";

  @Column(nullable = false)
  private String topic = "";

  @Column(nullable = false)
  private String body = "";

  @Column(name = "sent_by", nullable = false)
  private String sentBy = "";

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt = Instant.EPOCH;

  protected Notice() {}

  public Notice(String unitCode, String topic, String body, String sentBy, Instant sentAt) {
    this.unitCode = unitCode;
    this.topic = topic;
    this.body = body;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("notice not saved yet");
    }
    return id;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getTopic() {
    return topic;
  }

  public String getBody() {
    return body;
  }

  public String getSentBy() {
    return sentBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
