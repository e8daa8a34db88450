package org.tidtam.thai;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.tidtam.i18n.Lang;

/** A span of whole days, both ends included, such as a reporting round or a quarter. */
public record DatePeriod(LocalDate start, LocalDate end) {
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public DatePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "วันสิ้นสุดก่อนวันเริ่มต้น / end before start: " + start + " – " + end);
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** {@code 1 ต.ค. 2568 – 31 มี.ค. 2569}. */
  public String text() {
    return ThaiDates.shortDate(start) + " – " + ThaiDates.shortDate(end);
  }

  /** {@link #text()} in Thai; {@code 1 Oct 2025 – 31 Mar 2026} in English. */
  public String text(Lang lang) {
    return lang == Lang.EN ? ENGLISH.format(start) + " – " + ENGLISH.format(end) : text();
  }
}
