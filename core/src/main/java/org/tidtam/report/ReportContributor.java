package org.tidtam.report;

import java.util.List;

/**
 * Contributes chapters or annexes to the annual report. Every form plugin is one (by default it
 * contributes nothing), and so are the office's own chapters, so a new form adds a chapter without
 * any change to the host.
 */
public interface ReportContributor {

  /** The parts this contributor adds to the report of the scope; none by default. */
  default List<ReportPart> reportParts(ReportScope scope) {
    return List.of();
  }
}
