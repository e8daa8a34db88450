package org.tidtam.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.forms.projectreport.ProjectReport;
import org.tidtam.forms.projectreport.ProjectReportPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long rendering one form 7.2 report takes (20 activities, 10 indicator results), warm and on
 * one thread: the render alone ({@code renderForm72}); the whole path a user's download takes
 * through the submission service ({@code servicePathForm72}: read the JSON, check it at submit with
 * its cross-checks, render, bytes); and the true floor ({@code zipFloorForm72}: zipping the same
 * output's entries, the least any writer of this document must do). The template is compiled in
 * {@code @Setup}, so no measured operation compiles it; the heap is fixed. {@link ScalingBenchmark}
 * renders 10 to 10,000 activities. Run with {@code ./mvnw -B -ntp -Pbench -pl ui -am -DskipTests
 * verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms512m", "-Xmx512m"})
@Threads(1)
public class RenderBenchmark {

  static final int ACTIVITIES = 20;
  static final int INDICATOR_RESULTS = 10;
  static final String ACTIVITIES_FIELD = "activities";
  static final String INDICATORS_FIELD = "indicatorResults";

  private SubmissionService service;
  private Submission<ProjectReport> submission;
  private String json;
  private FormContext context;
  private RenderOptions options;
  private byte[][] outputEntries;
  private String[] outputNames;

  @Setup
  public void setUp() {
    ProjectReportPlugin plugin = new ProjectReportPlugin();
    service = SubmissionService.create(FormRegistry.of(List.of(plugin)));
    submission = service.of(plugin, report(plugin));
    json = service.write(submission.document());
    context = FormContext.of(Catalog.demoCatalog());
    options = new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));
    service.template(plugin);
    byte[] rendered = service.render(submission, context, options);
    java.util.List<String> names = new java.util.ArrayList<>();
    java.util.List<byte[]> entries = new java.util.ArrayList<>();
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(rendered))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        entries.add(zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    outputNames = names.toArray(String[]::new);
    outputEntries = entries.toArray(byte[][]::new);
  }

  @Benchmark
  public byte[] renderForm72() {
    return service.render(submission, context, options);
  }

  @Benchmark
  public byte[] servicePathForm72() {
    Submission<?> read = service.read(json).orElseThrow();
    List<Violation> problems = service.check(read, Stage.SUBMIT, context);
    if (problems.stream().anyMatch(Violation::isError)) {
      throw new IllegalStateException("the benchmark report does not pass: " + problems);
    }
    return service.render(read, context, options);
  }

  /** Zipping the rendered document's entries at the fastest deflate level: the true floor. */
  @Benchmark
  public int zipFloorForm72() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
      for (int i = 0; i < outputNames.length; i++) {
        zip.putNextEntry(new java.util.zip.ZipEntry(outputNames[i]));
        zip.write(outputEntries[i]);
        zip.closeEntry();
      }
    }
    return out.size();
  }

  /** The plugin's sample with its tables resized to exactly the benchmark's row counts. */
  static ProjectReport report(ProjectReportPlugin plugin) {
    return report(plugin, ACTIVITIES);
  }

  /** The plugin's sample with the given number of activities and the usual indicator rows. */
  static ProjectReport report(ProjectReportPlugin plugin, int activities) {
    SubmissionCodec codec = SubmissionCodec.create();
    SubmissionDocument sample = codec.sample(plugin);
    ObjectNode data = (ObjectNode) sample.data().deepCopy();
    resize(data, ACTIVITIES_FIELD, activities);
    resize(data, INDICATORS_FIELD, INDICATOR_RESULTS);
    ProjectReport report =
        codec.toForm(plugin, new SubmissionDocument(sample.form(), sample.schemaVersion(), data));
    if (report.activities().size() != activities
        || report.indicatorResults().size() != INDICATOR_RESULTS) {
      throw new IllegalStateException("the benchmark report has the wrong number of rows");
    }
    return report;
  }

  private static void resize(ObjectNode data, String field, int rows) {
    JsonNode node = data.get(field);
    if (!(node instanceof ArrayNode table) || table.isEmpty()) {
      throw new IllegalStateException("the 7.2 sample has no rows in " + field);
    }
    ArrayNode copy = data.putArray(field);
    for (int i = 0; i < rows; i++) {
      copy.add(table.get(i % table.size()).deepCopy());
    }
  }
}
