package org.tidtam.form;

import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.thai.Round;

/**
 * The narrow, read-only view of the world a plugin may use beyond its own submission. The
 * application backs it with its database; the command line with files.
 */
public interface FormContext {

  /** The reference data (fiscal years, policies, strategies, indicators, groups, schools). */
  Catalog catalog();

  /**
   * The projects reported for a group in a fiscal year (B.E.) and round, from the submissions of
   * plugins that are {@link ProjectSummarySource}s, ordered by project code. Empty when the context
   * knows no submissions.
   */
  default List<ProjectSummary> projects(int fiscalYear, Round round, String groupCode) {
    return List.of();
  }

  /**
   * The submissions of a form for a fiscal year (B.E.) and round, upgraded to the form's current
   * schema version. Empty when the context knows no submissions.
   */
  default List<SubmissionDocument> submissions(FormId form, int fiscalYear, Round round) {
    return List.of();
  }

  /** A context with a catalog and no submissions; see {@link FormContexts} for one with both. */
  static FormContext of(Catalog catalog) {
    return () -> catalog;
  }
}
