package org.tidtam.report;

/**
 * What a contributor is asked for: the report of one office for one fiscal year.
 *
 * @param fiscalYear the Buddhist-era fiscal year, e.g. 2569
 * @param officeName e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่"
 */
public record ReportScope(int fiscalYear, String officeName) {

  public ReportScope {
    if (fiscalYear < 2400) {
      throw new IllegalArgumentException("fiscal year must be a Buddhist-era year: " + fiscalYear);
    }
  }
}
