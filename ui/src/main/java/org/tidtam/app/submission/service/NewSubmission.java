package org.tidtam.app.submission.service;

import org.jspecify.annotations.Nullable;
import org.tidtam.form.Filing;
import org.tidtam.submission.SubmissionDocument;

/**
 * What to create: a form for a filing, started from the plugin's prefill ("enter once"; a blank
 * form when the plugin has nothing to prefill), from its sample, or from a given document.
 *
 * @param filing where it is filed; may be null only when the document states its own
 */
public record NewSubmission(
    String form, @Nullable Filing filing, Start start, @Nullable SubmissionDocument document) {

  public enum Start {
    PREFILL,
    SAMPLE,
    DOCUMENT
  }

  public static NewSubmission prefilled(String form, Filing filing) {
    return new NewSubmission(form, filing, Start.PREFILL, null);
  }

  public static NewSubmission sample(String form, Filing filing) {
    return new NewSubmission(form, filing, Start.SAMPLE, null);
  }

  public static NewSubmission of(SubmissionDocument document, @Nullable Filing filing) {
    return new NewSubmission(document.form().value(), filing, Start.DOCUMENT, document);
  }
}
