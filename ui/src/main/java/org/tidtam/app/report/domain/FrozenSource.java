package org.tidtam.app.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.submission.domain.SubmissionStatus;

/**
 * A submission as a published report used it: its id and version, its status and day of submission,
 * and for a delivered one its data, so the published figures can be computed again whatever happens
 * to the submission later.
 */
@Entity
@Table(name = "annual_report_source")
public class FrozenSource {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "report_id", nullable = false)
  private long reportId;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "submission_version", nullable = false)
  private long submissionVersion;

  @Column(name = "form_id", nullable = false)
  private String formId = "";

  @Column(name = "schema_version", nullable = false)
  private int schemaVersion;

  @Column(name = "unit_code", nullable = false)
  private String unitCode = "";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubmissionStatus status = SubmissionStatus.DRAFT;

  @Column(name = "submitted_on")
  private @Nullable LocalDate submittedOn;

  @Column(name = "project_code")
  private @Nullable String projectCode;

  @Column(name = "document")
  private @Nullable String document;

  protected FrozenSource() {}

  public FrozenSource(
      long reportId,
      long submissionId,
      long submissionVersion,
      String formId,
      int schemaVersion,
      String unitCode,
      SubmissionStatus status,
      @Nullable LocalDate submittedOn,
      @Nullable String projectCode,
      @Nullable String document) {
    this.reportId = reportId;
    this.submissionId = submissionId;
    this.submissionVersion = submissionVersion;
    this.formId = formId;
    this.schemaVersion = schemaVersion;
    this.unitCode = unitCode;
    this.status = status;
    this.submittedOn = submittedOn;
    this.projectCode = projectCode;
    this.document = document;
  }

  public long getReportId() {
    return reportId;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public long getSubmissionVersion() {
    return submissionVersion;
  }

  public String getFormId() {
    return formId;
  }

  public int getSchemaVersion() {
    return schemaVersion;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public SubmissionStatus getStatus() {
    return status;
  }

  public @Nullable LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public @Nullable String getProjectCode() {
    return projectCode;
  }

  public @Nullable String getDocument() {
    return document;
  }
}
