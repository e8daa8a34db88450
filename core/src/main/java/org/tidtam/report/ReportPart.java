package org.tidtam.report;

import java.util.Objects;

/**
 * One chapter or annex of the annual report: its title (the level-1 heading the assembler writes)
 * and the content that writes the rest.
 *
 * @param kind a chapter of the body or an annex after it
 * @param order where the part stands among parts of its kind; lower first, ties keep the order in
 *     which contributors were given
 * @param title the heading, e.g. "ส่วนที่ 4 ผลการดำเนินงานโครงการและการใช้จ่ายงบประมาณ"
 * @param content writes the part's body below its heading
 */
public record ReportPart(Kind kind, int order, String title, PartContent content) {

  /** Where a part goes: the chapters, then the annexes (ภาคผนวก). */
  public enum Kind {
    CHAPTER,
    ANNEX
  }

  public ReportPart {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a report part needs a title");
    }
  }

  /** A chapter of the body. */
  public static ReportPart chapter(int order, String title, PartContent content) {
    return new ReportPart(Kind.CHAPTER, order, title, content);
  }

  /** An annex; the assembler letters annexes ก, ข, ค… in order. */
  public static ReportPart annex(int order, String title, PartContent content) {
    return new ReportPart(Kind.ANNEX, order, title, content);
  }
}
