package org.tidtam.thai;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thai date display and input. Tidtam stores ISO (CE) dates; the Buddhist era (BE = CE + 543)
 * appears only here, when a date is shown to or typed by a person.
 */
public final class ThaiDates {
  /** The offset between the Buddhist and the Christian era. */
  public static final int BE_OFFSET = 543;

  /** Years above this are read as BE when parsing input. */
  private static final int BE_THRESHOLD = 2400;

  private static final String[] MONTHS = {
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"
  };
  private static final String[] ABBREVS = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
    "ธ.ค."
  };
  private static final String[] WEEKDAYS = {
    "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"
  };

  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern WORDS =
      Pattern.compile(
          "(\\d{1,2})\\s*([\\p{IsThai}.]+?)\\s*(?:(?:พ\\.\\s*ศ\\.|ค\\.\\s*ศ\\.)\\s*)?(\\d{2}|\\d{4})");

  private ThaiDates() {}

  /** {@code 30 กันยายน 2569}. */
  public static String longDate(LocalDate date) {
    return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + beYear(date);
  }

  /** {@code 30 กันยายน พ.ศ. 2569}. */
  public static String longDateEra(LocalDate date) {
    return date.getDayOfMonth() + " " + monthName(date.getMonth()) + " พ.ศ. " + beYear(date);
  }

  /** {@code วันพุธที่ 30 กันยายน พ.ศ. 2569}. */
  public static String fullDate(LocalDate date) {
    return "วัน" + weekdayName(date.getDayOfWeek()) + "ที่ " + longDateEra(date);
  }

  /** {@code 30 ก.ย. 2569}. */
  public static String shortDate(LocalDate date) {
    return date.getDayOfMonth() + " " + monthAbbrev(date.getMonth()) + " " + beYear(date);
  }

  /** {@code 30 ก.ย. 69}: the last two digits of the BE year. */
  public static String shortDate2(LocalDate date) {
    return date.getDayOfMonth()
        + " "
        + monthAbbrev(date.getMonth())
        + " "
        + String.format(Locale.ROOT, "%02d", beYear(date) % 100);
  }

  /** The BE year of a date, e.g. 2569 for any day of 2026. */
  public static int beYear(LocalDate date) {
    return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
  }

  public static int toBe(int ceYear) {
    return ceYear + BE_OFFSET;
  }

  public static int toCe(int beYear) {
    return beYear - BE_OFFSET;
  }

  /** {@code กันยายน}. */
  public static String monthName(Month month) {
    return MONTHS[month.ordinal()];
  }

  /** {@code ก.ย.}. */
  public static String monthAbbrev(Month month) {
    return ABBREVS[month.ordinal()];
  }

  /** {@code พุธ} (without the word วัน). */
  public static String weekdayName(DayOfWeek day) {
    return WEEKDAYS[day.ordinal()];
  }

  /**
   * Reads a date typed by a person: {@code 30/09/2569}, {@code 2569-09-30}, {@code 30 ก.ย. 2569},
   * {@code 30 กันยายน พ.ศ. 2569}, {@code 30 ก.ย. 69}, also with Thai digits. A four-digit year
   * above 2400 is BE, otherwise CE; a two-digit year after a Thai month is the BE year 25xx.
   *
   * @throws IllegalArgumentException when the text is not one of these forms or not a real date
   */
  public static LocalDate parse(String text) {
    String input = ThaiDigits.toArabic(text).strip().replaceAll("\\s+", " ");
    Matcher m;
    if ((m = SLASHED.matcher(input)).matches()) {
      return date(text, year(m.group(3)), number(m.group(2)), number(m.group(1)));
    }
    if ((m = ISO.matcher(input)).matches()) {
      return date(text, year(m.group(1)), number(m.group(2)), number(m.group(3)));
    }
    if ((m = WORDS.matcher(input)).matches()) {
      int month = month(m.group(2));
      if (month > 0) {
        String y = m.group(3);
        int year = y.length() == 2 ? toCe(2500 + number(y)) : year(y);
        return date(text, year, month, number(m.group(1)));
      }
    }
    throw new IllegalArgumentException(
        "รูปแบบวันที่ไม่ถูกต้อง: '"
            + text
            + "' (ตัวอย่าง 30/09/2569, 2569-09-30, 30 ก.ย. 2569, 30 กันยายน 2569)"
            + " / unrecognised date: '"
            + text
            + "'");
  }

  private static LocalDate date(String text, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "ไม่มีวันที่นี้ในปฏิทิน: '" + text + "' / no such date: '" + text + "'", e);
    }
  }

  private static int year(String digits) {
    int year = number(digits);
    return year > BE_THRESHOLD ? toCe(year) : year;
  }

  private static int month(String word) {
    String w = word.replace(" ", "");
    for (int i = 0; i < 12; i++) {
      if (MONTHS[i].equals(w) || ABBREVS[i].equals(w) || ABBREVS[i].replace(".", "").equals(w)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }
}
