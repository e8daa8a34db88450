package org.tidtam.app.report.service;

import java.time.LocalDate;
import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.monitoring.MonitoringPlan;

/**
 * Everything the annual report of a fiscal year is written from: the catalog, the monitoring plan,
 * the submissions of the 12-month round and the day the figures are taken on.
 *
 * @param catalogJson the catalog as JSON (what a published report freezes, and part of the hash)
 */
public record ReportSnapshot(
    int fiscalYear,
    Catalog catalog,
    String catalogJson,
    MonitoringPlan plan,
    List<ReportSource> sources,
    LocalDate asOf) {

  public ReportSnapshot {
    sources = List.copyOf(sources);
  }

  /** The submissions the figures count. */
  public List<ReportSource> delivered() {
    return sources.stream().filter(ReportSource::delivered).toList();
  }
}
