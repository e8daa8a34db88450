package org.tidtam.app.cli;

import java.nio.file.Path;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.submission.SubmissionService;

/**
 * The command line's annual report steps, open to the benchmarks in {@code org.tidtam.bench}: they
 * time exactly what {@code report --year y --context dir/} does before the table of contents is
 * refreshed.
 */
public final class CommandLineReports {

  private CommandLineReports() {}

  /** The figures of the year's 12-month round from the folder's submissions. */
  public static DashboardFigures figures(SubmissionService service, Path folder, int year) {
    return AnnualReportCommand.figures(service, folder, year);
  }

  /** The assembled annual report of the folder's year, in Arabic digits, indexes not refreshed. */
  public static byte[] assemble(SubmissionService service, Path folder, int year) {
    return AnnualReportCommand.assemble(service, folder, year, false);
  }
}
