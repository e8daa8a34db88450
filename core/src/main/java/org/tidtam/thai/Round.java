package org.tidtam.thai;

import java.time.LocalDate;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * A reporting round (รอบการรายงาน) within a fiscal year. Quarters cover their own three months; the
 * 6-, 9- and 12-month rounds are cumulative from 1 October.
 */
public enum Round implements Labeled {
  Q1("ไตรมาสที่ 1", "Quarter 1", 1, 3, false),
  Q2("ไตรมาสที่ 2", "Quarter 2", 4, 6, false),
  Q3("ไตรมาสที่ 3", "Quarter 3", 7, 9, false),
  Q4("ไตรมาสที่ 4", "Quarter 4", 10, 12, false),
  ROUND_6M("รอบ 6 เดือน", "6-month round", 1, 6, true),
  ROUND_9M("รอบ 9 เดือน", "9-month round", 1, 9, true),
  ROUND_12M("รอบ 12 เดือน", "12-month round", 1, 12, true);

  private final LocalizedText label;
  private final int firstMonth;
  private final int lastMonth;
  private final boolean cumulative;

  /** Months are counted within the fiscal year: 1 is October, 12 is September. */
  Round(String th, String en, int firstMonth, int lastMonth, boolean cumulative) {
    this.label = LocalizedText.of(th, en);
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
    this.cumulative = cumulative;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** Whether the round counts from the start of the fiscal year. */
  public boolean cumulative() {
    return cumulative;
  }

  /** The number of months the round covers. */
  public int months() {
    return lastMonth - firstMonth + 1;
  }

  /** E.g. ROUND_6M of 2569: 1 Oct 2025 – 31 Mar 2026. */
  public DatePeriod period(FiscalYear year) {
    LocalDate start = year.start().plusMonths(firstMonth - 1L);
    LocalDate end = year.start().plusMonths(lastMonth).minusDays(1);
    return new DatePeriod(start, end);
  }
}
