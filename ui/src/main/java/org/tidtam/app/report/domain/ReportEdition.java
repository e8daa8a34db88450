package org.tidtam.app.report.domain;

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

/**
 * One edition of a fiscal year's annual report: its settings (title, who prepared it, document
 * number, logo, foreword, chapters in order, Thai digits) and, once published, what it froze: the
 * catalog as JSON, the hash of its inputs and the documents written from them.
 */
@Entity
@Table(name = "annual_report")
public class ReportEdition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EditionStatus status = EditionStatus.DRAFT;

  @Column(nullable = false)
  private String title = "";

  @Column(name = "prepared_by", nullable = false)
  private String preparedBy = "";

  @Column(name = "document_sequence")
  private @Nullable Integer documentSequence;

  @Column(name = "document_year")
  private @Nullable Integer documentYear;

  @Column(name = "logo")
  private byte @Nullable [] logo;

  @Column(nullable = false)
  private String foreword = "";

  /** The chosen chapters' keys in print order, one per line. */
  @Column(nullable = false)
  private String chapters = "";

  @Column(name = "thai_digits", nullable = false)
  private boolean thaiDigits;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "changed_by", nullable = false)
  private String changedBy = "";

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt = Instant.EPOCH;

  @Column(name = "published_by")
  private @Nullable String publishedBy;

  @Column(name = "published_at")
  private @Nullable Instant publishedAt;

  @Column(name = "input_hash")
  private @Nullable String inputHash;

  @Column(name = "frozen_catalog")
  private @Nullable String frozenCatalog;

  @Column(name = "report_docx")
  private byte @Nullable [] reportDocx;

  @Column(name = "report_pdf")
  private byte @Nullable [] reportPdf;

  @Column(name = "summary_docx")
  private byte @Nullable [] summaryDocx;

  protected ReportEdition() {}

  public ReportEdition(int fiscalYear, int revision, String by, Instant at) {
    this.fiscalYear = fiscalYear;
    this.revision = revision;
    this.changedBy = by;
    this.changedAt = at;
  }

  public @Nullable Long getId() {
    return id;
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("report edition not saved yet");
    }
    return id;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public int getRevision() {
    return revision;
  }

  public EditionStatus getStatus() {
    return status;
  }

  public boolean published() {
    return status == EditionStatus.PUBLISHED;
  }

  public String getTitle() {
    return title;
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public @Nullable Integer getDocumentSequence() {
    return documentSequence;
  }

  public @Nullable Integer getDocumentYear() {
    return documentYear;
  }

  public byte @Nullable [] getLogo() {
    return logo;
  }

  public String getForeword() {
    return foreword;
  }

  public String getChapters() {
    return chapters;
  }

  public boolean isThaiDigits() {
    return thaiDigits;
  }

  public long getVersion() {
    return version;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public @Nullable String getPublishedBy() {
    return publishedBy;
  }

  public @Nullable Instant getPublishedAt() {
    return publishedAt;
  }

  public @Nullable String getInputHash() {
    return inputHash;
  }

  public @Nullable String getFrozenCatalog() {
    return frozenCatalog;
  }

  public byte @Nullable [] getReportDocx() {
    return reportDocx;
  }

  public byte @Nullable [] getReportPdf() {
    return reportPdf;
  }

  public byte @Nullable [] getSummaryDocx() {
    return summaryDocx;
  }

  /** Changes the settings of a draft. */
  public void change(
      String title,
      String preparedBy,
      @Nullable Integer documentSequence,
      @Nullable Integer documentYear,
      byte @Nullable [] logo,
      String foreword,
      String chapters,
      boolean thaiDigits,
      String by,
      Instant at) {
    requireDraft();
    this.title = title;
    this.preparedBy = preparedBy;
    this.documentSequence = documentSequence;
    this.documentYear = documentYear;
    this.logo = logo;
    this.foreword = foreword;
    this.chapters = chapters;
    this.thaiDigits = thaiDigits;
    this.changedBy = by;
    this.changedAt = at;
  }

  /** Publishes the draft with what it froze and the documents written from it. */
  public void publish(
      String inputHash,
      String frozenCatalog,
      byte[] reportDocx,
      byte @Nullable [] reportPdf,
      byte @Nullable [] summaryDocx,
      String by,
      Instant at) {
    requireDraft();
    this.status = EditionStatus.PUBLISHED;
    this.inputHash = inputHash;
    this.frozenCatalog = frozenCatalog;
    this.reportDocx = reportDocx;
    this.reportPdf = reportPdf;
    this.summaryDocx = summaryDocx;
    this.publishedBy = by;
    this.publishedAt = at;
    this.changedBy = by;
    this.changedAt = at;
  }

  private void requireDraft() {
    if (published()) {
      throw new IllegalStateException("a published report does not change");
    }
  }
}
