package org.tidtam.thai;

import java.time.LocalDate;
import java.time.Month;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;

/**
 * A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the BE year in
 * which it ends. Budgets, projects and office indicators all run on it.
 *
 * @param be the BE year, e.g. 2569 for 1 Oct 2025 – 30 Sep 2026
 */
public record FiscalYear(int be) implements Labeled, Comparable<FiscalYear> {

  public FiscalYear {
    if (be <= 2400 || be >= 3000) {
      throw new IllegalArgumentException(
          "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569: " + be + " / fiscal year must be a B.E. year");
    }
  }

  /** The fiscal year a day falls in: its BE year, plus one from October on. */
  public static FiscalYear of(LocalDate date) {
    int be = ThaiDates.beYear(date);
    return new FiscalYear(date.getMonthValue() >= Month.OCTOBER.getValue() ? be + 1 : be);
  }

  public static FiscalYear ofBe(int be) {
    return new FiscalYear(be);
  }

  /** The CE year in which it ends, e.g. 2026 for 2569. */
  public int ce() {
    return ThaiDates.toCe(be);
  }

  /** 1 October of the year before. */
  public LocalDate start() {
    return LocalDate.of(ce() - 1, Month.OCTOBER, 1);
  }

  /** 30 September. */
  public LocalDate end() {
    return LocalDate.of(ce(), Month.SEPTEMBER, 30);
  }

  public DatePeriod period() {
    return new DatePeriod(start(), end());
  }

  public boolean contains(LocalDate date) {
    return period().contains(date);
  }

  public FiscalYear previous() {
    return new FiscalYear(be - 1);
  }

  public FiscalYear next() {
    return new FiscalYear(be + 1);
  }

  /** Quarter 1 is October–December, quarter 4 July–September. */
  public DatePeriod quarter(int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("ไตรมาสต้องเป็น 1–4 / quarter must be 1-4: " + quarter);
    }
    LocalDate first = start().plusMonths(3L * (quarter - 1));
    return new DatePeriod(first, first.plusMonths(3).minusDays(1));
  }

  /** {@code ปีงบประมาณ พ.ศ. 2569} / {@code Fiscal year 2026 (B.E. 2569)}. */
  public String label(Lang lang) {
    return label().in(lang);
  }

  @Override
  public LocalizedText label() {
    return LocalizedText.of("ปีงบประมาณ พ.ศ. " + be, "Fiscal year " + ce() + " (B.E. " + be + ")");
  }

  /** {@code 1 ตุลาคม 2568 – 30 กันยายน 2569}. */
  public String rangeText() {
    return ThaiDates.longDate(start()) + " – " + ThaiDates.longDate(end());
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(be, other.be);
  }
}
