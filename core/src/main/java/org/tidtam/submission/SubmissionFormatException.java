package org.tidtam.submission;

import java.util.List;
import java.util.stream.Collectors;
import org.tidtam.i18n.Lang;
import org.tidtam.validation.Violation;

/**
 * A submission's JSON does not fit its form: wrong envelope, unknown fields, values of the wrong
 * type. Lists every problem found, each at its JSON path; {@link #getMessage()} is English, for
 * logs: show {@link #violations()} to users in their language.
 */
public final class SubmissionFormatException extends RuntimeException {
  private final List<Violation> violations;

  public SubmissionFormatException(List<Violation> violations) {
    super(
        "the submission does not fit its form:\n"
            + violations.stream()
                .map(v -> "  - " + v.in(Lang.EN))
                .collect(Collectors.joining("\n")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
