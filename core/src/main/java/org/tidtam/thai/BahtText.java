package org.tidtam.thai;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Writes an amount of money out in Thai words, as under the total of a budget table: {@code
 * (หนึ่งแสนห้าหมื่นบาทถ้วน)}. Rounds to whole satang, half up.
 */
public final class BahtText {
  private static final String[] DIGITS = {
    "ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"
  };
  private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};
  private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);

  private BahtText() {}

  /**
   * {@code 21 -> "ยี่สิบเอ็ดบาทถ้วน"}, {@code 0.25 -> "ยี่สิบห้าสตางค์"}, negative -> {@code
   * ลบ...}.
   */
  public static String of(BigDecimal amount) {
    BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      return "ศูนย์บาทถ้วน";
    }
    BigDecimal abs = rounded.abs();
    BigInteger baht = abs.toBigInteger();
    int satang = abs.subtract(new BigDecimal(baht)).movePointRight(2).intValueExact();
    StringBuilder text = new StringBuilder(rounded.signum() < 0 ? "ลบ" : "");
    if (baht.signum() > 0) {
      text.append(words(baht)).append("บาท");
    }
    if (satang == 0) {
      text.append("ถ้วน");
    } else {
      text.append(group(satang, false)).append("สตางค์");
    }
    return text.toString();
  }

  /** The words of a positive whole number, repeating ล้าน for each group of six digits. */
  static String words(BigInteger n) {
    if (n.compareTo(MILLION) < 0) {
      return group(n.intValueExact(), false);
    }
    BigInteger[] split = n.divideAndRemainder(MILLION);
    return words(split[0]) + "ล้าน" + group(split[1].intValueExact(), true);
  }

  /**
   * The words of 0..999,999 ({@code ""} for zero). A final 1 reads เอ็ด when any digit precedes it,
   * in this group or in a higher one.
   */
  private static String group(int n, boolean hasHigher) {
    StringBuilder text = new StringBuilder();
    for (int place = 5; place >= 0; place--) {
      int digit = n / pow10(place) % 10;
      if (digit == 0) {
        continue;
      }
      if (place == 1 && digit == 1) {
        text.append("สิบ");
      } else if (place == 1 && digit == 2) {
        text.append("ยี่สิบ");
      } else if (place == 0 && digit == 1 && (n > 9 || hasHigher)) {
        text.append("เอ็ด");
      } else {
        text.append(DIGITS[digit]).append(PLACES[place]);
      }
    }
    return text.toString();
  }

  private static int pow10(int exponent) {
    int p = 1;
    for (int i = 0; i < exponent; i++) {
      p *= 10;
    }
    return p;
  }
}
