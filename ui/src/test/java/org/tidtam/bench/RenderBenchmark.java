package org.tidtam.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
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
 * its cross-checks, render, bytes); and the floor that docx4j alone sets ({@code
 * docx4jLoadSaveFloor}: loading, parsing and saving the same template). Run with {@code ./mvnw -B
 * -ntp -Pbench -pl ui -am -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
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
  private byte[] templateBytes;

  @Setup
  public void setUp() {
    ProjectReportPlugin plugin = new ProjectReportPlugin();
    service = SubmissionService.create(FormRegistry.of(List.of(plugin)));
    submission = service.of(plugin, report(plugin));
    json = service.write(submission.document());
    context = FormContext.of(Catalog.demoCatalog());
    options = new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));
    templateBytes = template(plugin.templateName());
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

  @Benchmark
  public int docx4jLoadSaveFloor() throws Exception {
    WordprocessingMLPackage pkg =
        WordprocessingMLPackage.load(new ByteArrayInputStream(templateBytes));
    int elements = pkg.getMainDocumentPart().getContent().size();
    var out = new ByteArrayOutputStream(templateBytes.length * 2);
    pkg.save(out);
    return out.size() + elements;
  }

  /** The plugin's sample with its tables resized to exactly the benchmark's row counts. */
  static ProjectReport report(ProjectReportPlugin plugin) {
    SubmissionCodec codec = SubmissionCodec.create();
    SubmissionDocument sample = codec.sample(plugin);
    ObjectNode data = (ObjectNode) sample.data().deepCopy();
    resize(data, ACTIVITIES_FIELD, ACTIVITIES);
    resize(data, INDICATORS_FIELD, INDICATOR_RESULTS);
    ProjectReport report =
        codec.toForm(plugin, new SubmissionDocument(sample.form(), sample.schemaVersion(), data));
    if (report.activities().size() != ACTIVITIES
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

  private static byte[] template(String name) {
    try (InputStream in =
        RenderBenchmark.class.getClassLoader().getResourceAsStream("templates/" + name)) {
      if (in == null) {
        throw new IllegalStateException("template not on the classpath: templates/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
