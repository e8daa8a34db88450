package org.tidtam.app.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock a test sets: the demo data is created on one day, the follow-up asked on another. */
public final class MovableClock extends Clock {

  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  private volatile Instant now;

  public MovableClock(ZonedDateTime start) {
    this.now = start.toInstant();
  }

  public void set(ZonedDateTime time) {
    this.now = time.toInstant();
  }

  @Override
  public ZoneId getZone() {
    return BANGKOK;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
