package org.tidtam.template.internal;

/**
 * How tags stand in a part's XML between planning and fragment compiling: a prefix that no text or
 * attribute of the part contains, the tag's number, and an end character. The prefix is chosen from
 * the part's own XML, so any text of the template, private-use characters included, passes through
 * unchanged.
 */
record Marks(String prefix) {

  static final char START = '\uE000';
  static final char END = '\uE001';

  /** The first prefix {@code U+E000 k #} that the part's XML does not contain. */
  static Marks choose(String xml) {
    for (int k = 0; ; k++) {
      String prefix = START + Integer.toString(k) + "#";
      if (!xml.contains(prefix)) {
        return new Marks(prefix);
      }
    }
  }

  String mark(int id) {
    return prefix + id + END;
  }
}
