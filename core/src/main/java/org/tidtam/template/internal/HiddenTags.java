package org.tidtam.template.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.i18n.Message;

/**
 * The safety net after a part is marshalled with its markers: any {@code {{} still in its text is
 * a tag the engine could not read (in a field, a content control around rows or cells, ...) and
 * would come out raw, so it is reported with its paragraph's text.
 */
final class HiddenTags {

  private HiddenTags() {}

  /** Reports every paragraph of {@code xml} whose text still holds {@code {{}. */
  static void report(String xml, Problems problems, Message message) {
    if (xml.indexOf('{') < 0) {
      return;
    }
    List<String> texts = new ArrayList<>();
    collect(xml, texts);
    reportTags(texts, problems, message);
  }

  /** The text of every paragraph of {@code xml}, in the order the paragraphs start. */
  private static void collect(String xml, List<String> texts) {
    Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    Deque<Integer> starts = new ArrayDeque<>();
    int i = 0;
    while ((i = xml.indexOf('<', i)) >= 0) {
      if (startsElement(xml, i, "<w:p")) {
        int gt = xml.indexOf('>', i);
        if (gt < 0) {
          return;
        }
        if (xml.charAt(gt - 1) != '/') {
          paragraphs.push(new StringBuilder());
          starts.push(texts.size());
          texts.add("");
        }
        i = gt + 1;
      } else if (xml.startsWith("</w:p>", i)) {
        StringBuilder text = paragraphs.poll();
        if (text != null) {
          texts.set(starts.pop(), PartScanner.shorten(text.toString()));
        }
        i += 6;
      } else if (startsElement(xml, i, "<w:t")) {
        int gt = xml.indexOf('>', i);
        if (gt < 0) {
          return;
        }
        int end = xml.charAt(gt - 1) == '/' ? gt : xml.indexOf("</w:t>", gt);
        if (end < 0) {
          return;
        }
        if (end > gt && !paragraphs.isEmpty()) {
          paragraphs.peek().append(xml, gt + 1, end);
        }
        i = end + 1;
      } else {
        i++;
      }
    }
  }

  /**
   * Reports each paragraph whose text holds a tag, with which of the paragraphs that read the same
   * it is.
   */
  private static void reportTags(List<String> texts, Problems problems, Message message) {
    Map<String, Integer> totals = new HashMap<>();
    for (String t : texts) {
      totals.merge(t, 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (String t : texts) {
      int n = seen.merge(t, 1, Integer::sum);
      if (t.contains("{{")) {
        problems.add(PartScanner.paragraph(t, n, totals.get(t)), message);
      }
    }
  }

  private static boolean startsElement(String xml, int at, String name) {
    int after = at + name.length();
    if (!xml.startsWith(name, at) || after >= xml.length()) {
      return false;
    }
    char c = xml.charAt(after);
    return c == '>' || c == ' ' || c == '/';
  }
}
