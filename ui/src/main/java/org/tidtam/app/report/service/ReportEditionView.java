package org.tidtam.app.report.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tidtam.app.report.domain.EditionStatus;

/**
 * The annual report of a fiscal year as the builder shows it: the edition being prepared or the
 * latest published one.
 *
 * @param revision 1 for the first edition of the year; 0 for settings not saved yet
 * @param version the saved version, for a later save or publishing; -1 when not saved yet
 * @param published the latest published revision of the year, 0 when none
 */
public record ReportEditionView(
    ReportSettings settings,
    int revision,
    EditionStatus status,
    long version,
    @Nullable String changedBy,
    @Nullable Instant changedAt,
    @Nullable String publishedBy,
    @Nullable Instant publishedAt,
    int published) {

  public boolean isDraft() {
    return status == EditionStatus.DRAFT;
  }

  public boolean saved() {
    return version >= 0;
  }
}
