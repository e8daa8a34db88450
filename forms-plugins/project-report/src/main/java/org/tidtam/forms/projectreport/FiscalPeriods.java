package org.tidtam.forms.projectreport;

import java.time.LocalDate;
import org.tidtam.thai.FiscalYear;

/** The fiscal-year dates the rules of form 7.2 check against. */
final class FiscalPeriods {
  private FiscalPeriods() {}

  /** Whether the year is in the range the form accepts, so that its dates are worth checking. */
  static boolean known(int fiscalYear) {
    return fiscalYear >= 2560 && fiscalYear <= 2600;
  }

  static boolean contains(int fiscalYear, LocalDate date) {
    return FiscalYear.ofBe(fiscalYear).contains(date);
  }
}
