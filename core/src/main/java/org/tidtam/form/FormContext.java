package org.tidtam.form;

import java.util.Comparator;
import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.thai.Round;

/**
 * The narrow, read-only view of the world a plugin may use beyond its own submission: the catalog
 * and the {@link Fact facts} other submissions state. The application backs it with its database,
 * the command line with a folder of files; plugins never see either.
 */
public interface FormContext {

  /** The reference data (fiscal years, policies, strategies, indicators, groups, schools). */
  Catalog catalog();

  /**
   * The facts of a kind that the submissions of a unit in a fiscal year (B.E.) and round state, in
   * the order of the stored submissions. Empty when the context knows no submissions.
   */
  default <T extends Fact> List<T> facts(Class<T> kind, int fiscalYear, Round round, String unit) {
    return List.of();
  }

  /** The projects of a group in a fiscal year and round, ordered by project code. */
  default List<ProjectFact> projects(int fiscalYear, Round round, String groupCode) {
    return facts(ProjectFact.class, fiscalYear, round, groupCode).stream()
        .sorted(Comparator.comparing(ProjectFact::code).thenComparing(ProjectFact::name))
        .toList();
  }

  /** The indicator results a unit reported for a fiscal year and round. */
  default List<IndicatorFact> indicatorResults(int fiscalYear, Round round, String unitCode) {
    return facts(IndicatorFact.class, fiscalYear, round, unitCode);
  }

  /** A context with a catalog and no submissions. */
  static FormContext of(Catalog catalog) {
    return () -> catalog;
  }
}
