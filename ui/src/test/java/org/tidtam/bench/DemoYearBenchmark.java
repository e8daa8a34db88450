package org.tidtam.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tidtam.app.cli.CommandLineReports;
import org.tidtam.app.cli.TidtamCli;
import org.tidtam.figures.DashboardFigures;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.SubmissionService;

/**
 * The annual report of a demo fiscal year as the command line makes it, on a 512 MB heap, warm,
 * without LibreOffice: the folder written by {@code demo --schools 210 --projects 60} (210 schools'
 * 7.3, 10 groups' 7.1 and 60 projects' 7.2 for each round, the demo policy catalog's 12 items) is
 * read, its figures computed, the office's chapters written and the forms' annexes (the office's
 * 7.1 combined from the groups') merged, exactly as {@code report --year 2569 --context dir/}
 * before the table of contents is refreshed. Target: 2 s per report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgs = {
      "-Xms512m",
      "-Xmx512m",
      "-Dlogback.configurationFile=org/tidtam/app/cli/logback-cli.xml"
    })
@Threads(1)
public class DemoYearBenchmark {

  static final int YEAR = 2569;

  private Path folder;
  private SubmissionService service;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("tidtam-demo-year-").resolve("demo");
    service = SubmissionService.create(FormRegistry.load());
    demo(folder, 210, 60);
  }

  /** Writes the demo year with the command line, as a user would. */
  static void demo(Path out, int schools, int projects) {
    var err = new ByteArrayOutputStream();
    int code =
        new TidtamCli()
            .run(
                new String[] {
                  "demo",
                  "--schools",
                  Integer.toString(schools),
                  "--projects",
                  Integer.toString(projects),
                  "--year",
                  Integer.toString(YEAR),
                  "--out",
                  out.toString()
                },
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                new PrintStream(err, true, UTF_8));
    if (code != 0) {
      throw new IllegalStateException("demo failed: " + err.toString(UTF_8));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    delete(folder.getParent());
  }

  static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              file -> {
                try {
                  Files.delete(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public byte[] annualReportDemoYear() {
    return CommandLineReports.assemble(service, folder, YEAR);
  }

  @Benchmark
  public DashboardFigures figuresDemoYear() {
    return CommandLineReports.figures(service, folder, YEAR);
  }
}
