package org.tidtam.validation;

/**
 * One broken rule, at the exact path of the value, e.g. {@code activities[2].spent}, so that the
 * editor can mark the exact cell. The path is empty for a rule about the whole form.
 */
public record Violation(String path, String message, Severity severity) {

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(แบบฟอร์ม)" : path) + ": " + message;
  }
}
