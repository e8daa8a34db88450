package org.tidtam.app.report.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidtam.report.ReportPart;

/**
 * The parts the contributors offer, chosen and ordered as the settings say. A part is known by its
 * kind and heading, so a chapter a newly installed form adds is offered without being chosen yet.
 */
public final class ReportChapters {

  private ReportChapters() {}

  /** The key that names a part in the settings, e.g. {@code CHAPTER:ส่วนที่ 1 ข้อมูลพื้นฐาน}. */
  public static String key(ReportPart part) {
    return part.kind() + ":" + part.title();
  }

  /** The parts offered, in their print order, as the builder lists them. */
  public static List<ReportChapter> offered(List<ReportPart> parts) {
    return parts.stream().map(p -> new ReportChapter(key(p), p.kind(), p.title())).toList();
  }

  /**
   * The parts the keys choose, in the keys' order within each kind (chapters before annexes); every
   * part when no key is given. Keys of parts no longer offered are left out.
   */
  public static List<ReportPart> chosen(List<ReportPart> parts, List<String> keys) {
    if (keys.isEmpty()) {
      return parts;
    }
    Map<String, ReportPart> byKey = new LinkedHashMap<>();
    for (ReportPart part : parts) {
      byKey.putIfAbsent(key(part), part);
    }
    List<ReportPart> out = new ArrayList<>();
    int order = 0;
    for (String key : keys) {
      ReportPart part = byKey.remove(key);
      if (part != null) {
        order += 10;
        out.add(new ReportPart(part.kind(), order, part.title(), part.content()));
      }
    }
    return out;
  }
}
