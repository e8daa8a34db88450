package org.tidtam.app.submission.service;

import java.time.LocalDate;
import java.util.Optional;
import org.tidtam.form.Filing;
import org.tidtam.i18n.Message;
import org.tidtam.monitoring.ReportingWindow;
import org.tidtam.thai.Round;

/**
 * Whether the reporting window of a round lets a unit submit a form on a day. The monitoring plan
 * answers it; the workflow asks before every submit, so no screen or API call can send a report
 * outside its window.
 */
@FunctionalInterface
public interface SubmitWindows {

  /**
   * Why the unit may not submit the form of its filing on the day (before the window opens, or
   * after it closes without a reopening for the unit); empty when it may.
   */
  Optional<Message> refusal(String formId, Filing filing, LocalDate day);

  /** The reporting window of a round of a fiscal year; empty when the plan sets none. */
  default Optional<ReportingWindow> window(int fiscalYear, Round round) {
    return Optional.empty();
  }

  /** No window at all: every day is open. */
  static SubmitWindows always() {
    return (formId, filing, day) -> Optional.empty();
  }
}
