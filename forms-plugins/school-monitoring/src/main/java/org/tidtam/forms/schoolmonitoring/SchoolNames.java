package org.tidtam.forms.schoolmonitoring;

/** School names are stored without the word "โรงเรียน" and printed with it. */
final class SchoolNames {
  static final String PREFIX = "โรงเรียน";

  private SchoolNames() {}

  /** The name without a leading โรงเรียน, e.g. วัดสถิตโพธาราม. */
  static String stored(String name) {
    String n = name.strip();
    return n.startsWith(PREFIX) ? n.substring(PREFIX.length()).strip() : n;
  }
}
