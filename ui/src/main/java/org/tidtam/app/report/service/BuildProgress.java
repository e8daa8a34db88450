package org.tidtam.app.report.service;

/** What a build of the annual report reports as it goes. */
@FunctionalInterface
public interface BuildProgress {

  /** Nothing to report to. */
  BuildProgress NONE = (stage, fraction) -> {};

  /**
   * The build has reached a stage and is this far along.
   *
   * @param stage the message key of the stage, e.g. {@code report.stage.reading}
   * @param fraction from 0 to 1
   */
  void at(String stage, double fraction);
}
