package org.tidtam.submission;

import java.util.List;
import java.util.stream.Collectors;
import org.tidtam.validation.Violation;

/**
 * A submission's JSON does not fit its form: wrong envelope, unknown fields, values of the wrong
 * type. Lists every problem found, each at its JSON path with a Thai message.
 */
public final class SubmissionFormatException extends RuntimeException {
  private final List<Violation> violations;

  public SubmissionFormatException(List<Violation> violations) {
    super(
        "ข้อมูลไม่ตรงตามรูปแบบของแบบฟอร์ม (the submission does not fit its form):\n"
            + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
