package org.tidtam.form;

import org.tidtam.i18n.LocalizedText;

/**
 * The words that mark invented demo data, so that nobody takes a demo submission or report for the
 * office's real one: plugins put {@link #NOTE} into a free-text field of every demo submission they
 * make (see {@link FormPlugin#demo}), where the rendered document shows it.
 */
public final class DemoText {

  /** The note, e.g. at the start of a remark: ข้อมูลสาธิต (สมมติ) ไม่ใช่ข้อมูลจริง. */
  public static final LocalizedText NOTE =
      LocalizedText.of(
          "ข้อมูลสาธิต (สมมติ) ไม่ใช่ข้อมูลจริงของหน่วยงาน", "Demo data (invented), not real data");

  /** The short mark the note starts with, to recognise demo text: ข้อมูลสาธิต. */
  public static final LocalizedText MARK = LocalizedText.of("ข้อมูลสาธิต", "Demo data");

  private DemoText() {}

  /** A text preceded by the Thai note, e.g. a suggestion of a demo submission. */
  public static String marked(String text) {
    String t = text == null ? "" : text.strip();
    return t.isEmpty() ? NOTE.th() : NOTE.th() + ": " + t;
  }
}
