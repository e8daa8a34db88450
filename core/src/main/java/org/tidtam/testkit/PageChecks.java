package org.tidtam.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks of printed pages that every form's document must pass, on the pages of {@link
 * LibreOffice#pages}: signatures that stay with their certification, numbers that never wrap,
 * digits in the chosen numerals.
 */
public final class PageChecks {
  /** Points kept for the running header and the footer at the top and bottom of a page. */
  public static final double HEADER_FOOTER = 50;

  private static final Pattern NUMBER_TAIL = Pattern.compile("^[,.][0-9๐-๙]");
  private static final Pattern ARABIC_DIGIT = Pattern.compile("[0-9]");
  private static final Pattern URL_OR_MAIL =
      Pattern.compile("(?i).*(https?://|www\\.|@|\\.(com|org|net|go\\.th|ac\\.th|th)\\b).*");
  private static final Pattern CODE = Pattern.compile(".*[A-Za-z].*[0-9].*|.*[0-9].*[A-Za-z].*");

  private PageChecks() {}

  /** The numbers (from 1) of the pages that hold the text, white space ignored. */
  public static Set<Integer> pagesWith(List<PdfPage> pages, String text) {
    Set<Integer> out = new LinkedHashSet<>();
    for (PdfPage p : pages) {
      if (p.contains(text)) {
        out.add(p.number());
      }
    }
    return out;
  }

  /** How many times the text occurs in the whole document, white space ignored. */
  public static int occurrences(List<PdfPage> pages, String text) {
    String needle = text.replaceAll("\\s+", "");
    int n = 0;
    for (PdfPage p : pages) {
      String hay = p.compactText();
      for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
        n++;
      }
    }
    return n;
  }

  /**
   * The expected numbers that do not print as one word on one line: a number wrapped inside its
   * cell prints as two words ({@code 9,999,999.} and {@code 99}) and is listed here.
   */
  public static List<String> wrappedNumbers(List<PdfPage> pages, List<String> numbers) {
    List<String> out = new ArrayList<>();
    for (String number : numbers) {
      boolean whole =
          pages.stream().flatMap(p -> p.words().stream()).anyMatch(w -> w.text().contains(number));
      if (!whole) {
        out.add(number);
      }
    }
    return out;
  }

  /**
   * The words that begin with a separator and a digit ({@code ,024.67}): the tail of a number
   * broken before its separator, which LibreOffice does in Thai running text unless the number's
   * run is in a Latin language.
   */
  public static List<String> numberTails(List<PdfPage> pages) {
    List<String> out = new ArrayList<>();
    for (PdfPage p : pages) {
      for (PdfPage.Word w : p.words()) {
        if (NUMBER_TAIL.matcher(w.text()).find()) {
          out.add("page " + p.number() + ": " + w.text());
        }
      }
    }
    return out;
  }

  /** The pages without their running header and footer ({@link #HEADER_FOOTER}). */
  public static List<PdfPage> bodies(List<PdfPage> pages) {
    return pages.stream()
        .map(p -> new PdfPage(p.number(), p.width(), p.height(), p.body(HEADER_FOOTER)))
        .toList();
  }

  /**
   * The texts printed over two lines at least once, or not at all: fewer whole words hold the text
   * than it occurs, white space ignored. Stricter than {@link #wrappedNumbers}, which is content
   * with one whole occurrence.
   */
  public static List<String> wrappedSomewhere(List<PdfPage> pages, List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      long whole =
          pages.stream()
              .flatMap(p -> p.words().stream())
              .filter(w -> w.text().contains(text))
              .count();
      int printed = occurrences(pages, text);
      if (printed == 0 || whole < printed) {
        out.add(text + " (" + whole + " of " + printed + " on one line)");
      }
    }
    return out;
  }

  /**
   * The words that break a formatted amount ({@code 1,234.56}) over two lines: a word that ends in
   * a digit group separator or decimal point, or begins with a bare two-digit fraction right below
   * one.
   */
  public static List<String> brokenAmounts(List<PdfPage> pages) {
    List<String> out = new ArrayList<>();
    Pattern head = Pattern.compile("[0-9๐-๙]{1,3}((,[0-9๐-๙]{3})+[,.]|,)$");
    for (PdfPage p : pages) {
      for (PdfPage.Word w : p.words()) {
        if (head.matcher(w.text()).find()) {
          out.add("page " + p.number() + ": " + w.text());
        }
      }
    }
    return out;
  }

  /**
   * The words with an Arabic digit outside a URL, an e-mail address or a code of Latin letters and
   * digits (which keep their digits): with Thai numerals there should be none.
   */
  public static List<String> arabicDigits(List<PdfPage> pages) {
    return arabicDigits(pages, w -> false);
  }

  /** As {@link #arabicDigits(List)}, also keeping the words the test names as allowed. */
  public static List<String> arabicDigits(List<PdfPage> pages, Predicate<String> allowed) {
    List<String> out = new ArrayList<>();
    for (PdfPage p : pages) {
      for (PdfPage.Word w : p.words()) {
        String t = w.text();
        if (ARABIC_DIGIT.matcher(t).find()
            && !URL_OR_MAIL.matcher(t).matches()
            && !CODE.matcher(t).matches()
            && !allowed.test(t)) {
          out.add("page " + p.number() + ": " + t);
        }
      }
    }
    return out;
  }

  /**
   * The pages whose body opens with a signature block: signatures carried over to a page of their
   * own, away from the certification they sign. {@code signatureWords} starts a signature block,
   * e.g. {@code (ลงชื่อ)}; a name in parentheses, a position or a date line count as part of one.
   */
  public static List<Integer> pagesOpeningWithSignatures(
      List<PdfPage> pages, String signatureWords) {
    String mark = signatureWords.replaceAll("\\s+", "");
    List<Integer> out = new ArrayList<>();
    for (PdfPage p : pages) {
      List<String> lines = lines(p.body(HEADER_FOOTER));
      if (lines.isEmpty()) {
        continue;
      }
      String first = lines.getFirst().replaceAll("\\s+", "");
      if (first.contains(mark)
          || first.startsWith("(")
          || first.startsWith("ตำแหน่ง")
          || first.startsWith("วันที่")) {
        out.add(p.number());
      }
    }
    return out;
  }

  /** The body's words grouped into lines by their vertical position. */
  static List<String> lines(List<PdfPage.Word> words) {
    List<PdfPage.Word> sorted = new ArrayList<>(words);
    sorted.sort(
        (a, b) ->
            Math.abs(a.yMin() - b.yMin()) < 3
                ? Double.compare(a.xMin(), b.xMin())
                : Double.compare(a.yMin(), b.yMin()));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double y = Double.NaN;
    for (PdfPage.Word w : sorted) {
      if (!Double.isNaN(y) && Math.abs(w.yMin() - y) >= 3) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w.text());
      y = w.yMin();
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
