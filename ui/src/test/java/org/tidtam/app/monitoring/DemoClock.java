package org.tidtam.app.monitoring;

import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for the monitoring tests: the demo data is created on 5 Oct 2026, 10:00
 * in Bangkok, within the 12-month window of 2569; each test then sets the day it asks on. The tests
 * that import it share one context and one in-memory database of their own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoClock {

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock(ZonedDateTime.of(2026, 10, 5, 10, 0, 0, 0, MovableClock.BANGKOK));
  }
}
