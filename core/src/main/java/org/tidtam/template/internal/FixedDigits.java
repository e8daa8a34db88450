package org.tidtam.template.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidtam.thai.ThaiDigits;

/**
 * The template's own text in Thai digits, for a render whose numerals are Thai: every digit of the
 * text of a compiled part (headings, labels, headers, footers, fixed dates, form numbers such as
 * แบบ 7.1) becomes ๐-๙, and page-number fields ({@code PAGE}, {@code NUMPAGES}, {@code
 * SECTIONPAGES}) get Word's Thai-digit switch {@code \* THAIARABIC}. What is not a number to read
 * keeps its digits: the text of hyperlinks, of fields (their codes and their results), and every
 * word that holds a Latin letter or an {@code @} (a URL, an e-mail address, a code such as A4 or
 * OBEC-01). A text box is a place of its own, in no table even when a cell anchors it (as for the
 * values). Done once per part at compile time on the XML with the tags' markers in place, which it
 * leaves alone.
 */
final class FixedDigits {

  /**
   * Word's general format switch for Thai digits (ECMA-376 §17.16.4.3 {@code ThaiArabic}; Word
   * reads switch names in any case). Written in capitals because LibreOffice (7.4 and earlier)
   * reads the exact spelling {@code ThaiArabic} as Thai letters (ก, ข, ...) and ignores the
   * capitalised one, printing Arabic digits, which is the lesser harm. The section's page number
   * format {@code <w:pgNumType w:fmt="thaiNumbers"/>} does not help there either and is not set:
   * LibreOffice's Word reader turns {@code thaiNumbers} into decimal numbering (it maps {@code
   * thaiLetters} only), so its PDFs print Arabic page numbers with the field switch, with that
   * format, and with both; the 7.2 page tests hold this.
   */
  static final String THAI_SWITCH = "\\* THAIARABIC";

  private static final char THAI_ZERO = ThaiDigits.toThai("0").charAt(0);
  private static final Pattern PAGE_FIELD =
      Pattern.compile("^(\\s*)(PAGE|NUMPAGES|SECTIONPAGES)(?=\\s|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMAT_SWITCH = Pattern.compile("\\\\\\*\\s*\"?([A-Za-z]+)");
  private static final Pattern INSTR_ATTRIBUTE = Pattern.compile("(\\sw:instr=\")([^\"]*)\"");
  private static final Pattern FIELD_CHAR_TYPE = Pattern.compile("w:fldCharType=\"(\\w+)\"");

  private FixedDigits() {}

  /**
   * The part's XML with the digits of its own text made Thai.
   *
   * @param inTables whether text inside tables changes too ({@code false} for Thai digits in
   *     running text and Arabic digits in tables)
   * @return the same string when nothing changes
   */
  static String convert(String xml, boolean inTables) {
    StringBuilder out = new StringBuilder(xml.length() + 64);
    int tables = 0;
    java.util.ArrayDeque<Integer> boxes = new java.util.ArrayDeque<>();
    int links = 0;
    int simpleFields = 0;
    int fields = 0;
    int i = 0;
    int n = xml.length();
    while (i < n) {
      int lt = xml.indexOf('<', i);
      if (lt < 0) {
        out.append(xml, i, n);
        break;
      }
      out.append(xml, i, lt);
      int gt = xml.indexOf('>', lt);
      if (gt < 0) {
        out.append(xml, lt, n);
        break;
      }
      boolean closing = xml.charAt(lt + 1) == '/';
      boolean empty = xml.charAt(gt - 1) == '/';
      String name = name(xml, closing ? lt + 2 : lt + 1, gt);
      int step = closing ? -1 : empty ? 0 : 1;
      switch (name) {
        case "w:tbl" -> tables += step;
        case "w:txbxContent" -> {
          if (step > 0) {
            boxes.push(tables);
            tables = 0;
          } else if (step < 0 && !boxes.isEmpty()) {
            tables = boxes.pop();
          }
        }
        case "w:hyperlink" -> links += step;
        case "w:fldSimple" -> {
          simpleFields += step;
          if (!closing && (tables == 0 || inTables)) {
            out.append(withThaiInstrAttribute(xml.substring(lt, gt + 1)));
            i = gt + 1;
            continue;
          }
        }
        case "w:fldChar" -> {
          Matcher type = FIELD_CHAR_TYPE.matcher(xml.substring(lt, gt + 1));
          if (type.find()) {
            if (type.group(1).equals("begin")) {
              fields++;
            } else if (type.group(1).equals("end") && fields > 0) {
              fields--;
            }
          }
        }
        case "w:instrText", "w:t" -> {
          if (!closing && !empty) {
            String end = "</" + name + ">";
            int close = xml.indexOf(end, gt);
            if (close < 0) {
              break;
            }
            out.append(xml, lt, gt + 1);
            String text = xml.substring(gt + 1, close);
            if (name.equals("w:instrText")) {
              out.append(tables == 0 || inTables ? withThaiSwitch(text) : text);
            } else if (fields == 0
                && links == 0
                && simpleFields == 0
                && (tables == 0 || inTables)) {
              appendThai(out, text);
            } else {
              out.append(text);
            }
            out.append(end);
            i = close + end.length();
            continue;
          }
        }
        default -> {}
      }
      out.append(xml, lt, gt + 1);
      i = gt + 1;
    }
    String result = out.toString();
    return result.equals(xml) ? xml : result;
  }

  private static String name(String xml, int from, int gt) {
    int end = from;
    while (end < gt) {
      char c = xml.charAt(end);
      if (c == ' ' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
        break;
      }
      end++;
    }
    return xml.substring(from, end);
  }

  /**
   * A value's text with the digits of every word made Thai, except words holding a Latin letter or
   * an {@code @}: an inserted code (KBI-2569-P03, A4), URL or e-mail address keeps its digits as
   * the template's own text does, so that no word mixes the two kinds of digits.
   */
  static String thaiWords(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      out.append(keepsDigits(word) ? word : ThaiDigits.toThai(word));
      while (end < n && Character.isWhitespace(text.charAt(end))) {
        out.append(text.charAt(end++));
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean keepsDigits(String word) {
    for (int k = 0; k < word.length(); k++) {
      char w = word.charAt(k);
      if ((w >= 'A' && w <= 'Z') || (w >= 'a' && w <= 'z') || w == '@') {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends escaped run text with the digits of every word made Thai, except words holding a Latin
   * letter or an {@code @}, character references and the engine's markers.
   */
  static void appendThai(StringBuilder out, String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      boolean keep = false;
      while (end < n && !Character.isWhitespace(text.charAt(end))) {
        char w = text.charAt(end);
        if ((w >= 'A' && w <= 'Z') || (w >= 'a' && w <= 'z') || w == '@' || w == Marks.START) {
          keep = true;
        }
        end++;
      }
      if (keep) {
        out.append(text, i, end);
      } else {
        for (int k = i; k < end; k++) {
          char w = text.charAt(k);
          if (w == '&') {
            int semi = text.indexOf(';', k);
            int stop = semi < 0 || semi >= end ? end : semi + 1;
            out.append(text, k, stop);
            k = stop - 1;
          } else if (w >= '0' && w <= '9') {
            out.append((char) (THAI_ZERO + (w - '0')));
          } else {
            out.append(w);
          }
        }
      }
      i = end;
    }
  }

  /**
   * A page-number field's code with {@code \* THAIARABIC} after its name, unless it already names a
   * number format of its own; any other code unchanged.
   */
  static String withThaiSwitch(String code) {
    Matcher m = PAGE_FIELD.matcher(code);
    if (!m.find()) {
      return code;
    }
    Matcher format = FORMAT_SWITCH.matcher(code);
    while (format.find()) {
      String kind = format.group(1);
      if (!kind.equalsIgnoreCase("MERGEFORMAT") && !kind.equalsIgnoreCase("CHARFORMAT")) {
        return code;
      }
    }
    return code.substring(0, m.end()) + " " + THAI_SWITCH + code.substring(m.end());
  }

  private static String withThaiInstrAttribute(String element) {
    Matcher m = INSTR_ATTRIBUTE.matcher(element);
    if (!m.find()) {
      return element;
    }
    String code = withThaiSwitch(m.group(2));
    return element.substring(0, m.start(2)) + code + element.substring(m.end(2));
  }
}
