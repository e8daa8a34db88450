package org.tidtam.template;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;

/**
 * Per-render settings.
 *
 * @param lang the language of choice labels and language-dependent formatters
 * @param numerals the digits used in the output
 * @param today the date that {@code doc.today} and "printed on" lines show
 * @param submissionId the id under which a store keeps the submission rendered, for the document's
 *     provenance; null when it is not stored (a file on the command line)
 * @param submissionVersion the stored version of that submission, or null
 */
public record RenderOptions(
    Lang lang,
    Numerals numerals,
    LocalDate today,
    @Nullable String submissionId,
    @Nullable Long submissionVersion) {

  /** Settings for a submission that is not stored. */
  public RenderOptions(Lang lang, Numerals numerals, LocalDate today) {
    this(lang, numerals, today, null, null);
  }

  /** Thai, Arabic digits, dated today: what a download shows unless the user chose otherwise. */
  public static RenderOptions thai() {
    return new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.now());
  }

  public RenderOptions withLang(Lang lang) {
    return new RenderOptions(lang, numerals, today, submissionId, submissionVersion);
  }

  /** The same settings for the submission a store keeps under an id, at a version. */
  public RenderOptions withSubmission(String id, long version) {
    return new RenderOptions(lang, numerals, today, id, version);
  }
}
