package org.tidtam.report;

import java.util.Objects;

/**
 * What a contributor is asked for: the report of one office for one fiscal year, with the sources
 * the host lends for it.
 *
 * @param fiscalYear the Buddhist-era fiscal year, e.g. 2569
 * @param officeName e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่"
 * @param sources the catalog, the year's delivered submissions and their rendering
 */
public record ReportScope(int fiscalYear, String officeName, ReportSources sources) {

  public ReportScope {
    if (fiscalYear < 2400) {
      throw new IllegalArgumentException("fiscal year must be a Buddhist-era year: " + fiscalYear);
    }
    Objects.requireNonNull(sources, "sources");
  }

  /** A scope without submissions ({@link ReportSources#none}). */
  public ReportScope(int fiscalYear, String officeName) {
    this(fiscalYear, officeName, ReportSources.none(officeName));
  }
}
