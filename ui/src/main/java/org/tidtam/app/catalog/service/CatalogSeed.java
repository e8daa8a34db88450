package org.tidtam.app.catalog.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether a new database gets the demo catalog's lists: in the default profile with demo data on,
 * never under {@code postgres} (there the lists stay empty until a planner imports them; the office
 * and its districts are seeded in both).
 */
@Component
class CatalogSeed {

  private final boolean demo;

  CatalogSeed(Environment environment, @Value("${tidtam.demo-data:true}") boolean demoData) {
    this.demo = demoData && !environment.acceptsProfiles(Profiles.of("postgres"));
  }

  boolean demo() {
    return demo;
  }
}
