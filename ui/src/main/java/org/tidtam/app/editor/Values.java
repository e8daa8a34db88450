package org.tidtam.app.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.Baht;
import org.tidtam.thai.ThaiDates;
import org.tidtam.thai.ThaiDigits;

/** How values are typed and shown: amounts in baht, Buddhist-era dates, labels of choices. */
final class Values {

  private Values() {}

  /** {@code 30/09/2569}: the date as Thai staff write it, in the Buddhist era. */
  static String beDate(LocalDate date) {
    return String.format(
        Locale.ROOT,
        "%02d/%02d/%04d",
        date.getDayOfMonth(),
        date.getMonthValue(),
        ThaiDates.beYear(date));
  }

  /**
   * An amount typed by a person: {@code 1,234,567.50}, {@code 1234567.5 บาท}, Thai digits.
   *
   * @throws NumberFormatException when it is not a number
   */
  static BigDecimal amount(String text) {
    String plain =
        ThaiDigits.toArabic(text)
            .replace(",", "")
            .replace("บาท", "")
            .replace("฿", "")
            .replace("%", "")
            .replaceAll("\\s+", "");
    return new BigDecimal(plain);
  }

  /** A computed value as the user reads it. */
  static String show(@Nullable Object value, FieldType type, Lang lang) {
    if (value == null) {
      return "—";
    }
    return switch (value) {
      case BigDecimal d when type == FieldType.MONEY -> Baht.format(d);
      case BigDecimal d when type == FieldType.PERCENT ->
          d.setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
      case BigDecimal d -> grouped(d);
      case Boolean b -> b ? (lang == Lang.EN ? "Yes" : "ใช่") : (lang == Lang.EN ? "No" : "ไม่ใช่");
      case Labeled l -> l.label().in(lang);
      case LocalDate d -> beDate(d);
      case Record r -> recordText(r, lang);
      case List<?> list -> String.join("; ", list.stream().map(v -> show(v, type, lang)).toList());
      default -> value.toString();
    };
  }

  /** A decimal with grouped thousands and the decimals it has: {@code 45,750.5}. */
  static String grouped(BigDecimal d) {
    var format =
        new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setParseBigDecimal(true);
    return format.format(d);
  }

  private static String recordText(Record r, Lang lang) {
    List<String> parts = new ArrayList<>();
    for (var c : r.getClass().getRecordComponents()) {
      Object v = Records.get(r, c.getName());
      if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
        parts.add(show(v, FieldType.TEXT, lang));
      }
    }
    return String.join(" · ", parts);
  }
}
