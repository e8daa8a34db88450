package org.tidtam.app.catalog.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.DemoOffice;

/**
 * Whether a new database gets the demo catalog's lists (in the default profile with demo data on,
 * never under {@code postgres}: there the lists stay empty until a planner imports them; the office
 * and its districts are seeded in both), and which demo catalog: the small one of the README, or,
 * with {@code tidtam.demo.schools} set, a {@link DemoOffice} of that many schools and {@code
 * tidtam.demo.projects} projects (default {@value #DEFAULT_PROJECTS}) for fiscal year {@value
 * #YEAR}, whose year of submissions the demo data then files.
 */
@Component
public class CatalogSeed {

  /** The fiscal year of the demo office. */
  public static final int YEAR = 2569;

  static final int DEFAULT_PROJECTS = 60;

  private final boolean demo;
  private final Catalog catalog;
  private final boolean large;
  private final long seed;

  CatalogSeed(
      Environment environment,
      @Value("${tidtam.demo-data:true}") boolean demoData,
      @Value("${tidtam.demo.schools:0}") int schools,
      @Value("${tidtam.demo.projects:" + DEFAULT_PROJECTS + "}") int projects,
      @Value("${tidtam.demo.seed:" + YEAR + "}") long seed) {
    this.demo = demoData && !environment.acceptsProfiles(Profiles.of("postgres"));
    this.large = demo && schools > 0;
    this.seed = seed;
    this.catalog = large ? DemoOffice.of(YEAR, schools, projects, seed) : Catalog.demoCatalog();
  }

  boolean demo() {
    return demo;
  }

  /** The catalog a new database is seeded with. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Whether the demo is a whole office's year ({@code tidtam.demo.schools} set): its catalog holds
   * the action plan's projects, and the demo data files every unit's 12-month report.
   */
  public boolean large() {
    return large;
  }

  /** The seed of the large demo's random choices ({@code tidtam.demo.seed}). */
  public long seed() {
    return seed;
  }
}
