package org.tidtam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tidtam.app.cli.CommandLineReports;
import org.tidtam.report.TocRefresh;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;

/**
 * The table of contents refresh of the demo year's annual report ({@link DemoYearBenchmark}'s
 * report, assembled once): a hidden LibreOffice with a fresh profile opens it, updates its indexes
 * twice and stores it as Word, and as Word and PDF. Timed apart from the assembly because it is a
 * separate process and depends on the LibreOffice installed; it fails at set-up without one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Dlogback.configurationFile=org/tidtam/app/cli/logback-cli.xml"})
@Threads(1)
public class ReportPdfBenchmark {

  private byte[] report;
  private TocRefresh refresh;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    if (!TocRefresh.available()) {
      throw new IllegalStateException("LibreOffice with Python's uno module is not installed");
    }
    Path dir = Files.createTempDirectory("tidtam-pdf-year-");
    try {
      DemoYearBenchmark.demo(dir.resolve("demo"), 210, 60);
      report =
          CommandLineReports.assemble(
              SubmissionService.create(FormRegistry.load()),
              dir.resolve("demo"),
              DemoYearBenchmark.YEAR);
    } finally {
      DemoYearBenchmark.delete(dir);
    }
    refresh = new TocRefresh(Duration.ofMinutes(5));
  }

  @Benchmark
  public TocRefresh.Refreshed refreshIndexes() {
    return refresh.refresh(report, false);
  }

  @Benchmark
  public TocRefresh.Refreshed refreshIndexesAndPdf() {
    return refresh.refresh(report, true);
  }
}
