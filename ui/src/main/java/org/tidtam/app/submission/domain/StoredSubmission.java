package org.tidtam.app.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Filing;
import org.tidtam.thai.Round;

/**
 * One submission row: where it is filed, its status, and its JSON document (the same envelope the
 * command line reads) at the schema version it was last saved in.
 */
@Entity
@Table(name = "submission")
public class StoredSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "form_id", nullable = false)
  private String formId = "";

  @Column(name = "schema_version", nullable = false)
  private int schemaVersion;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_round", nullable = false)
  private Round round = Round.ROUND_12M;

  @Column(name = "unit_code", nullable = false)
  private String unitCode = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubmissionStatus status = SubmissionStatus.DRAFT;

  @Column(nullable = false)
  private String document = "";

  @Version private long version;

  @Column(name = "created_by", nullable = false)
  private String createdBy = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "changed_by", nullable = false)
  private String changedBy = "";

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt = Instant.EPOCH;

  @Column(name = "return_comment")
  private @Nullable String returnComment;

  protected StoredSubmission() {}

  public StoredSubmission(
      String formId,
      int schemaVersion,
      Filing filing,
      String document,
      String createdBy,
      Instant createdAt) {
    this.formId = formId;
    this.schemaVersion = schemaVersion;
    this.fiscalYear = filing.fiscalYear();
    this.round = filing.round();
    this.unitCode = filing.unitCode();
    this.document = document;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.changedBy = createdBy;
    this.changedAt = createdAt;
  }

  public @Nullable Long getId() {
    return id;
  }

  /** The id of a saved row. */
  public long id() {
    if (id == null) {
      throw new IllegalStateException("not saved yet");
    }
    return id;
  }

  public String getFormId() {
    return formId;
  }

  public int getSchemaVersion() {
    return schemaVersion;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public Round getRound() {
    return round;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public Filing filing() {
    return new Filing(fiscalYear, round, unitCode);
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public String getDocument() {
    return document;
  }

  public long getVersion() {
    return version;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public @Nullable String getReturnComment() {
    return returnComment;
  }

  /** New data, at the plugin's current schema version. */
  public void replaceDocument(int schemaVersion, String document, String by, Instant at) {
    this.schemaVersion = schemaVersion;
    this.document = document;
    touch(by, at);
  }

  public void move(SubmissionStatus status, @Nullable String comment, String by, Instant at) {
    this.status = status;
    if (status == SubmissionStatus.RETURNED || comment != null) {
      this.returnComment = comment;
    }
    touch(by, at);
  }

  private void touch(String by, Instant at) {
    this.changedBy = by;
    this.changedAt = at;
  }
}
