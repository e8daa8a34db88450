package org.tidtam.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
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
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;

/**
 * How rendering form 7.2 grows with its activities table (10 to 10,000 rows), on a fixed 128 MB
 * heap: the time should grow with the rows, the memory should not. Run with {@code -prof gc} to see
 * the allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms128m", "-Xmx128m"})
@Threads(1)
public class ScalingBenchmark {

  @Param({"10", "100", "1000", "10000"})
  int activities;

  private SubmissionService service;
  private Submission<ProjectReport> submission;
  private FormContext context;
  private RenderOptions options;

  @Setup
  public void setUp() {
    ProjectReportPlugin plugin = new ProjectReportPlugin();
    service = SubmissionService.create(FormRegistry.of(List.of(plugin)));
    submission = service.of(plugin, RenderBenchmark.report(plugin, activities));
    context = FormContext.of(Catalog.demoCatalog());
    options = new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));
    service.template(plugin);
  }

  @Benchmark
  public byte[] renderForm72() {
    return service.render(submission, context, options);
  }
}
