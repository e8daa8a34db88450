package org.tidtam.testkit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a PDF as {@code pdftotext -bbox-layout} reads it: its size and its words with their
 * boxes, in points from the top left corner.
 *
 * @param number the page number, from 1
 * @param width page width in points
 * @param height page height in points
 * @param words the words in reading order
 */
public record PdfPage(int number, double width, double height, List<Word> words) {

  /**
   * A word and its box.
   *
   * @param text the word
   * @param xMin left edge
   * @param yMin top edge
   * @param xMax right edge
   * @param yMax bottom edge
   */
  public record Word(String text, double xMin, double yMin, double xMax, double yMax) {}

  public PdfPage {
    words = List.copyOf(words);
  }

  /** The words between the header and footer areas (the top and bottom {@code margin} points). */
  public List<Word> body(double margin) {
    return words.stream().filter(w -> w.yMin() >= margin && w.yMax() <= height - margin).toList();
  }

  /** The page's text, words joined by single spaces. */
  public String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  /**
   * The page's text without any white space: Thai has no spaces between words, and LibreOffice and
   * pdftotext split Thai lines into words in their own ways, so compare text this way.
   */
  public String compactText() {
    return words.stream().map(Word::text).collect(Collectors.joining()).replaceAll("\\s+", "");
  }

  /** Whether the page holds the text, white space ignored. */
  public boolean contains(String text) {
    return compactText().contains(text.replaceAll("\\s+", ""));
  }
}
