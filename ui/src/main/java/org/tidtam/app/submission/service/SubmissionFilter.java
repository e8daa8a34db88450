package org.tidtam.app.submission.service;

import org.jspecify.annotations.Nullable;
import org.tidtam.app.submission.domain.SubmissionStatus;
import org.tidtam.thai.Round;

/** The reviewer's filters; null matches everything. */
public record SubmissionFilter(
    @Nullable String form,
    @Nullable Integer fiscalYear,
    @Nullable Round round,
    @Nullable String unit,
    @Nullable SubmissionStatus status) {

  public static SubmissionFilter all() {
    return new SubmissionFilter(null, null, null, null, null);
  }
}
