package org.tidtam.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FormId;
import org.tidtam.thai.Round;

/**
 * Where submissions are kept: a folder of JSON files for the command line, the database for the
 * application. A store only finds documents; reading, upgrading, grouping and the facts they state
 * live once in core ({@link SubmissionService#context}).
 */
@FunctionalInterface
public interface SubmissionStore {

  /**
   * The stored submissions of a form filed for a fiscal year (B.E.) and round, of one unit or, when
   * {@code unitCode} is null, of every unit; in any schema version, in a stable order.
   */
  List<SubmissionDocument> find(
      FormId form, int fiscalYear, Round round, @Nullable String unitCode);

  /** A store with no submissions. */
  static SubmissionStore empty() {
    return (form, fiscalYear, round, unitCode) -> List.of();
  }
}
