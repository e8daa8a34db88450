package org.tidtam.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.validation.Violation;

/**
 * What reading a submission gave: the submission, or the problems that kept it from being read,
 * each at its JSON path (a wrong envelope, an unknown form, an unknown field, a value of the wrong
 * type). User errors are data here, never exceptions.
 */
public record Reading(@Nullable Submission<?> submission, List<Violation> problems) {

  public Reading {
    problems = List.copyOf(problems);
    if ((submission == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a reading has a submission or problems, not both");
    }
  }

  static Reading of(Submission<?> submission) {
    return new Reading(submission, List.of());
  }

  static Reading failed(List<Violation> problems) {
    return new Reading(null, problems);
  }

  public boolean ok() {
    return submission != null;
  }

  /**
   * The submission.
   *
   * @throws SubmissionFormatException with the problems, when there is none
   */
  public Submission<?> orElseThrow() {
    if (submission == null) {
      throw new SubmissionFormatException(problems);
    }
    return submission;
  }
}
