package org.tidtam.template.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.i18n.Message;
import org.tidtam.template.internal.ContentWalker.CellSite;
import org.tidtam.template.internal.ContentWalker.ParagraphSite;
import org.tidtam.template.internal.RunJoiner.Joined;
import org.tidtam.template.internal.RunJoiner.TagText;
import org.tidtam.template.internal.TagParser.MalformedTagException;

/**
 * Finds the tags of one part: joins split runs, parses each tag and reports malformed ones with
 * their location. Also hands every paragraph to the output defaults (fonts on runs).
 */
final class PartScanner {

  private static final int LOCATION_TEXT = 60;

  private PartScanner() {}

  /**
   * Scans one part: its tags and the problems of its paragraphs. A paragraph that has a problem
   * loses its braces (the compilation fails anyway), so that {@link HiddenTags} later finds only
   * the tags this scan could not see.
   */
  static List<Site> scan(List<Object> content, Problems problems, OutputDefaults defaults) {
    List<Site> sites = new ArrayList<>();
    Map<String, Integer> totals = new HashMap<>();
    ContentWalker.walk(
        content,
        para -> {
          StringBuilder text = new StringBuilder();
          RunJoiner.forEachText(
              para.paragraph().getContent(),
              (runs, run, el, t) -> text.append(t.getValue() == null ? "" : t.getValue()));
          totals.merge(shorten(text.toString()), 1, Integer::sum);
        });
    Map<String, Integer> seen = new HashMap<>();
    ContentWalker.walk(
        content,
        para -> {
          defaults.patchParagraph(para.paragraph());
          int before = problems.count();
          Joined joined = RunJoiner.join(para.paragraph());
          String shown = shorten(joined.text());
          int n = seen.merge(shown, 1, Integer::sum);
          int total = Math.max(n, totals.getOrDefault(shown, n));
          Message where = location(para, joined.text(), n, total);
          for (String bad : joined.unclosed()) {
            problems.add(where, "tidtam.template.tag.unclosed", "tag", bad);
          }
          for (TagText tt : joined.tags()) {
            String inner = tt.raw().substring(2, tt.raw().length() - 2);
            try {
              Tag tag = TagParser.parse(inner);
              sites.add(
                  new Site(
                      sites.size() + 1, tag, tt, para, joined.tagAlone(), joined.text(), where));
            } catch (MalformedTagException e) {
              problems.add(
                  where, "tidtam.template.tag.malformed", "tag", tt.raw(), "reason", e.reason());
            }
          }
          if (problems.count() > before) {
            RunJoiner.forEachText(
                para.paragraph().getContent(),
                (runs, run, el, t) -> {
                  if (t.getValue() != null) {
                    t.setValue(t.getValue().replace("{", ""));
                  }
                });
          }
        });
    return sites;
  }

  /** The text as a location shows it: stripped and cut to 60 characters. */
  static String shorten(String text) {
    String shown = text.strip();
    if (shown.length() > LOCATION_TEXT) {
      shown = shown.substring(0, LOCATION_TEXT - 1) + "…";
    }
    return shown;
  }

  /** A paragraph outside tables, shown by its text. */
  static Message paragraph(String text) {
    return Message.of("tidtam.template.at.paragraph", "text", shorten(text));
  }

  /**
   * A paragraph outside tables, shown by its text and, when {@code total} paragraphs of the part
   * read the same, by which of them it is ({@code n}, from 1).
   */
  static Message paragraph(String text, int n, int total) {
    return total > 1
        ? Message.of(
            "tidtam.template.at.paragraphNth", "n", n, "total", total, "text", shorten(text))
        : paragraph(text);
  }

  /**
   * Where a paragraph is: its text (and which of the paragraphs that read the same it is), and for
   * a paragraph in a table the table, row and cell (and those of the tables around it).
   */
  static Message location(ParagraphSite para, String text, int n, int total) {
    if (!para.inTable()) {
      return paragraph(text, n, total);
    }
    Message cells = null;
    for (CellSite c : para.cells()) {
      Message cell =
          Message.of(
              "tidtam.template.at.cell",
              "table",
              c.tableNo(),
              "row",
              c.rowNo(),
              "cell",
              c.cellNo());
      cells =
          cells == null
              ? cell
              : Message.of("tidtam.template.at.nested", "outer", cells, "inner", cell);
    }
    return Message.of("tidtam.template.at.inTable", "cells", cells, "text", shorten(text));
  }
}
