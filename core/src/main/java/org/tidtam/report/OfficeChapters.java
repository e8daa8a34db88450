package org.tidtam.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The office's own chapters as a {@link ReportContributor}, the same way a form contributes its
 * own: the host hands the content of each chapter it has (built from the catalog, the plan and the
 * figures of the year); chapters without content are left out of the report.
 */
public final class OfficeChapters implements ReportContributor {

  private final Map<OfficeChapter, PartContent> contents;

  private OfficeChapters(Map<OfficeChapter, PartContent> contents) {
    this.contents = contents;
  }

  /** The chapters with content, in any order; the report prints them in their own order. */
  public static OfficeChapters of(Map<OfficeChapter, PartContent> contents) {
    return new OfficeChapters(
        contents.isEmpty() ? new EnumMap<>(OfficeChapter.class) : new EnumMap<>(contents));
  }

  @Override
  public List<ReportPart> reportParts(ReportScope scope) {
    List<ReportPart> parts = new ArrayList<>();
    contents.forEach((chapter, content) -> parts.add(chapter.part(content)));
    return List.copyOf(parts);
  }
}
