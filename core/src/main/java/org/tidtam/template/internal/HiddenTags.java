package org.tidtam.template.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.tidtam.i18n.Message;

/**
 * The safety net after a part is marshalled with its markers: any {@code {{} still in its text is
 * a tag the engine could not read (in a text box, a field, a content control around rows or
 * cells, ...) and would come out raw, so it is reported with its paragraph's text.
 */
final class HiddenTags {

  private HiddenTags() {}

  /** Reports every paragraph of {@code xml} whose text still holds {@code {{}. */
  static void report(String xml, Problems problems, Message message) {
    if (xml.indexOf('{') < 0) {
      return;
    }
    Deque<StringBuilder> paragraphs = new ArrayDeque<>();
    Set<String> reported = new HashSet<>();
    int i = 0;
    while ((i = xml.indexOf('<', i)) >= 0) {
      if (startsElement(xml, i, "<w:p")) {
        int gt = xml.indexOf('>', i);
        if (gt < 0) {
          return;
        }
        if (xml.charAt(gt - 1) != '/') {
          paragraphs.push(new StringBuilder());
        }
        i = gt + 1;
      } else if (xml.startsWith("</w:p>", i)) {
        StringBuilder text = paragraphs.poll();
        if (text != null && text.indexOf("{{") >= 0) {
          String shown = PartScanner.shorten(text.toString());
          if (reported.add(shown)) {
            problems.add(PartScanner.paragraph(shown), message);
          }
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

  private static boolean startsElement(String xml, int at, String name) {
    int after = at + name.length();
    if (!xml.startsWith(name, at) || after >= xml.length()) {
      return false;
    }
    char c = xml.charAt(after);
    return c == '>' || c == ' ' || c == '/';
  }
}
