package org.tidtam.app.report.service;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A build of the annual report running in the background: how far it is, at which stage, and when
 * it ends its result or the reason it failed. Read from any thread.
 */
public final class ReportJob implements BuildProgress {

  /** Where a build stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  private final String id = UUID.randomUUID().toString();
  private final int fiscalYear;
  private volatile State state = State.RUNNING;
  private volatile double fraction;
  private volatile String stage = "report.stage.waiting";
  private volatile @Nullable BuiltReport result;
  private volatile @Nullable String failure;

  ReportJob(int fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  /** A job that ended at once with a report built before. */
  static ReportJob done(int fiscalYear, BuiltReport result) {
    ReportJob job = new ReportJob(fiscalYear);
    job.finish(result);
    return job;
  }

  public String id() {
    return id;
  }

  public int fiscalYear() {
    return fiscalYear;
  }

  public State state() {
    return state;
  }

  /** From 0 to 1. */
  public double fraction() {
    return fraction;
  }

  /** The message key of the stage it is at. */
  public String stage() {
    return stage;
  }

  public Optional<BuiltReport> result() {
    return Optional.ofNullable(result);
  }

  /** Why it failed, in the user's words, when it did. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void at(String stage, double fraction) {
    this.stage = stage;
    this.fraction = Math.max(this.fraction, Math.min(1.0, fraction));
  }

  void finish(BuiltReport built) {
    this.result = built;
    this.stage = "report.stage.done";
    this.fraction = 1.0;
    this.state = State.DONE;
  }

  void fail(String reason) {
    this.failure = reason;
    this.stage = "report.stage.failed";
    this.state = State.FAILED;
  }
}
