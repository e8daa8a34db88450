package org.tidtam.app.submission.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.ThaiDates;

/**
 * How the lists write dates and forms: Buddhist-era dates in Thai, the Christian era in English.
 */
final class Texts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private Texts() {}

  /** {@code 5 ธ.ค. 2569 16:25} or {@code 5 Dec 2026 16:25}. */
  static String dateTime(Instant instant, ZoneId zone, Lang lang) {
    ZonedDateTime at = instant.atZone(zone);
    return date(at.toLocalDate(), lang) + " " + TIME.format(at);
  }

  /** {@code 30 ก.ย. 2569} or {@code 30 Sep 2026}. */
  static String date(LocalDate date, Lang lang) {
    return lang == Lang.EN ? EN_DATE.format(date) : ThaiDates.shortDate(date);
  }

  /** {@code แบบ 7.3} or {@code Form 7.3}. */
  static String form(Component owner, String formId) {
    return owner.getTranslation("form.name", formId);
  }
}
