package org.tidtam.app.submission.service;

import java.util.List;
import org.tidtam.validation.Violation;

/**
 * What a save or submit did: the submission as it is now, and the warnings (and, when it was not
 * submitted, the errors) the checks found.
 */
public record Outcome(SubmissionView view, List<Violation> violations) {

  public boolean hasErrors() {
    return violations.stream().anyMatch(Violation::isError);
  }
}
