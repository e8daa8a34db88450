package org.tidtam.form;

import org.tidtam.catalog.Catalog;

/**
 * The narrow, read-only view of the world a plugin may use beyond its own submission. The
 * application backs it with its database; the command line with files.
 */
public interface FormContext {

  /** The reference data (fiscal years, policies, strategies, indicators, groups, schools). */
  Catalog catalog();

  static FormContext of(Catalog catalog) {
    return () -> catalog;
  }
}
