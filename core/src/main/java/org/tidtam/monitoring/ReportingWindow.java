package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * When the units report a round: from {@code opens} they may submit, by {@code due} they should
 * have, after {@code closes} they no longer can (unless a planner reopens the form for a unit). All
 * three days count inclusively: a submission on the due day is on time, one on the closing day is
 * still accepted.
 */
public record ReportingWindow(LocalDate opens, LocalDate due, LocalDate closes) {

  public ReportingWindow {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(closes, "closes");
    if (due.isBefore(opens) || closes.isBefore(due)) {
      throw new IllegalArgumentException(
          "a reporting window needs opens <= due <= closes: " + opens + ", " + due + ", " + closes);
    }
  }

  /**
   * The window a new round gets: opens 15 days before the round ends, due 10 days after, closes 30
   * days after.
   */
  public static ReportingWindow usual(int fiscalYear, Round round) {
    LocalDate end = round.period(FiscalYear.ofBe(fiscalYear)).end();
    return new ReportingWindow(end.minusDays(15), end.plusDays(10), end.plusDays(30));
  }

  /** Whether a submission is accepted on the day without a reopening: opens <= day <= closes. */
  public boolean isOpen(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }

  /** Whether a submission made on the day, or still missing on it, is late: day > due. */
  public boolean isLateOn(LocalDate day) {
    return day.isAfter(due);
  }
}
