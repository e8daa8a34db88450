package org.tidtam.app.submission.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.submission.domain.StoredSubmission;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.Round;

/** A submission as lists and headers show it: where it is filed, its status and version. */
public record SubmissionView(
    long id,
    String form,
    LocalizedText formTitle,
    int schemaVersion,
    int fiscalYear,
    Round round,
    String unit,
    LocalizedText unitName,
    SubmissionStatus status,
    long version,
    String createdBy,
    Instant createdAt,
    String changedBy,
    Instant changedAt,
    @Nullable String returnComment) {

  static SubmissionView of(StoredSubmission row, LocalizedText formTitle, LocalizedText unitName) {
    return new SubmissionView(
        row.id(),
        row.getFormId(),
        formTitle,
        row.getSchemaVersion(),
        row.getFiscalYear(),
        row.getRound(),
        row.getUnitCode(),
        unitName,
        row.getStatus(),
        row.getVersion(),
        row.getCreatedBy(),
        row.getCreatedAt(),
        row.getChangedBy(),
        row.getChangedAt(),
        row.getReturnComment());
  }
}
