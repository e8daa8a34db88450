package org.tidtam.monitoring;

/**
 * The follow-up's figures for a set of expected reports.
 *
 * @param expected reports the plan expects
 * @param submitted of those, delivered: submitted for review or approved
 * @param approved of those submitted, approved
 * @param returned sent back for changes and not yet submitted again (not counted as submitted)
 * @param late submitted after the due day, or still not submitted after it
 */
public record Counts(int expected, int submitted, int approved, int returned, int late) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  /** Expected but not submitted (never started, a draft, or returned). */
  public int missing() {
    return expected - submitted;
  }

  public Counts plus(Counts other) {
    return new Counts(
        expected + other.expected,
        submitted + other.submitted,
        approved + other.approved,
        returned + other.returned,
        late + other.late);
  }
}
