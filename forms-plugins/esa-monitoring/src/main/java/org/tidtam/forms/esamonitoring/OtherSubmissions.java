package org.tidtam.forms.esamonitoring;

import java.util.List;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.SubmissionDocument;
import org.tidtam.thai.Round;

/**
 * The other submissions form 7.1 reads through its context: the group's project summaries (form
 * 7.2) and the documents of a form in a round. A context offers them by implementing {@link
 * Source}; one that does not offers none.
 */
final class OtherSubmissions {
  private OtherSubmissions() {}

  /** What a context offers beyond the catalog (the form-context contract's two lookups). */
  interface Source {
    List<ProjectSummary> projects(int fiscalYear, Round round, String groupCode);

    List<SubmissionDocument> submissions(FormId form, int fiscalYear, Round round);
  }

  static List<ProjectSummary> projects(
      FormContext context, int fiscalYear, Round round, String groupCode) {
    return context instanceof Source s ? s.projects(fiscalYear, round, groupCode) : List.of();
  }

  static List<SubmissionDocument> submissions(
      FormContext context, FormId form, int fiscalYear, Round round) {
    return context instanceof Source s ? s.submissions(form, fiscalYear, round) : List.of();
  }
}
