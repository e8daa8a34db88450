package org.tidtam.app.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail: who did what to which submission, when. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "submission_id")
  private @Nullable Long submissionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction action = AuditAction.SAVE;

  @Column(nullable = false)
  private String username = "";

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt = Instant.EPOCH;

  @Column(name = "version_before")
  private @Nullable Long versionBefore;

  @Column(name = "version_after")
  private @Nullable Long versionAfter;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_before")
  private @Nullable SubmissionStatus statusBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_after")
  private @Nullable SubmissionStatus statusAfter;

  @Column(name = "comment")
  private @Nullable String comment;

  protected AuditEntry() {}

  /**
   * A change that concerns no single submission (the catalog, the monitoring plan): who did what
   * and when, described by the comment.
   */
  public static AuditEntry ofOffice(
      AuditAction action, String username, Instant occurredAt, String comment) {
    return new AuditEntry(null, action, username, occurredAt, null, null, null, null, comment);
  }

  public AuditEntry(
      @Nullable Long submissionId,
      AuditAction action,
      String username,
      Instant occurredAt,
      @Nullable Long versionBefore,
      @Nullable Long versionAfter,
      @Nullable SubmissionStatus statusBefore,
      @Nullable SubmissionStatus statusAfter,
      @Nullable String comment) {
    this.submissionId = submissionId;
    this.action = action;
    this.username = username;
    this.occurredAt = occurredAt;
    this.versionBefore = versionBefore;
    this.versionAfter = versionAfter;
    this.statusBefore = statusBefore;
    this.statusAfter = statusAfter;
    this.comment = comment;
  }

  public @Nullable Long getSubmissionId() {
    return submissionId;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getUsername() {
    return username;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public @Nullable Long getVersionBefore() {
    return versionBefore;
  }

  public @Nullable Long getVersionAfter() {
    return versionAfter;
  }

  public @Nullable SubmissionStatus getStatusBefore() {
    return statusBefore;
  }

  public @Nullable SubmissionStatus getStatusAfter() {
    return statusAfter;
  }

  public @Nullable String getComment() {
    return comment;
  }
}
