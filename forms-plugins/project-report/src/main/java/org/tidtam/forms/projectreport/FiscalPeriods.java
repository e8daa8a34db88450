package org.tidtam.forms.projectreport;

import java.time.LocalDate;
import java.time.Month;
import org.tidtam.thai.Round;

/** The fiscal-year dates the rules of form 7.2 check against (a BE fiscal year ends on 30 Sep). */
final class FiscalPeriods {
  private static final String[] MONTHS = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
    "ธ.ค."
  };

  private FiscalPeriods() {}

  /** Whether the year is in the range the form accepts, so that its dates are worth checking. */
  static boolean known(int fiscalYear) {
    return fiscalYear >= 2560 && fiscalYear <= 2600;
  }

  static LocalDate start(int fiscalYear) {
    return LocalDate.of(fiscalYear - 544, Month.OCTOBER, 1);
  }

  static LocalDate end(int fiscalYear) {
    return LocalDate.of(fiscalYear - 543, Month.SEPTEMBER, 30);
  }

  static boolean contains(int fiscalYear, LocalDate date) {
    return !date.isBefore(start(fiscalYear)) && !date.isAfter(end(fiscalYear));
  }

  /** The last day of a round: 31 March for the 6-month round, 30 September for the 12-month one. */
  static LocalDate roundEnd(int fiscalYear, Round round) {
    return round == Round.ROUND_6M
        ? LocalDate.of(fiscalYear - 543, Month.MARCH, 31)
        : end(fiscalYear);
  }

  /** {@code 31 มี.ค. 2569}. */
  static String shortThai(LocalDate date) {
    return date.getDayOfMonth()
        + " "
        + MONTHS[date.getMonthValue() - 1]
        + " "
        + (date.getYear() + 543);
  }
}
