package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.IndicatorFact;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.monitoring.IndicatorMeasure;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.testkit.Records;
import org.tidtam.thai.Round;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** Test fixtures of form 7.1: the sample, result-row copies, Thai validation and a context. */
final class Forms71 {
  static final EsaMonitoringPlugin PLUGIN = new EsaMonitoringPlugin();
  static final SubmissionCodec CODEC = SubmissionCodec.create();
  private static final FormValidator VALIDATOR = FormValidator.create();

  private Forms71() {}

  /** The plugin's sample: the 12-month report of กลุ่มนิเทศฯ for 2569. */
  static EsaMonitoring sample() {
    return CODEC.toForm(PLUGIN, CODEC.sample(PLUGIN));
  }

  static List<Violation.Shown> validate(EsaMonitoring form, Stage stage) {
    return VALIDATOR.validate(form, stage, Lang.TH);
  }

  static List<Violation.Shown> submit(EsaMonitoring form) {
    return validate(form, Stage.SUBMIT);
  }

  /** The three 7.2 projects of กลุ่มนิเทศฯ in 2569, as the context summarises them. */
  static List<ProjectFact> supervisionProjects() {
    return List.of(
        project("KBI-2569-P03", "โครงการขับเคลื่อนการอ่านออกเขียนได้", "150000.00", "140000.00"),
        project(
            "KBI-2569-P04",
            "โครงการยกระดับผลสัมฤทธิ์ทางการเรียนคณิตศาสตร์ ป.3",
            "120000.00",
            "96500.00"),
        project("KBI-2569-P05", "โครงการพัฒนาระบบนิเทศภายในสถานศึกษา", "45000.00", "45000.00"));
  }

  static ProjectFact project(String code, String name, String allocated, String spent) {
    return new ProjectFact(
        new Filing(2569, Round.ROUND_12M, "SUPERVISION"),
        code,
        name,
        new BigDecimal(allocated),
        new BigDecimal(spent),
        LocalizedText.of("ดำเนินการแล้วเสร็จ", "Completed"),
        LocalizedText.of("บรรลุเป้าหมาย", "Achieved"),
        List.of(),
        null,
        List.of());
  }

  /**
   * A context over the demo catalog with the facts other submissions state, as the host offers
   * them: projects as form 7.2 states them, and indicator results of other form 7.1 reports, read
   * from their documents by the plugin itself.
   */
  record TestContext(Catalog catalog, List<ProjectFact> projectFacts, List<IndicatorFact> results)
      implements FormContext {

    static TestContext demo(List<ProjectFact> projects, SubmissionDocument... reports71) {
      List<IndicatorFact> results = new ArrayList<>();
      for (SubmissionDocument d : reports71) {
        EsaMonitoring form = CODEC.toForm(PLUGIN, d);
        PLUGIN
            .filing(form)
            .ifPresent(
                f ->
                    PLUGIN.facts(form, f).stream()
                        .map(IndicatorFact.class::cast)
                        .forEach(results::add));
      }
      return new TestContext(Catalog.demoCatalog(), projects, results);
    }

    @Override
    public <T extends Fact> List<T> facts(Class<T> kind, int fiscalYear, Round round, String unit) {
      Filing filing = new Filing(fiscalYear, round, unit);
      return Stream.concat(projectFacts.stream(), results.stream())
          .filter(kind::isInstance)
          .filter(f -> f.filing().equals(filing))
          .map(kind::cast)
          .toList();
    }
  }

  /** The form with one value of result row {@code row} replaced, in its measure if it is there. */
  static EsaMonitoring withResult(
      EsaMonitoring form, int row, String column, @Nullable Object value) {
    List<IndicatorResult> rows = new ArrayList<>(form.results());
    rows.set(row, measure(rows.get(row), column, value));
    return Records.with(form, "results", rows);
  }

  /** The row with one value replaced, in its measure if it is there. */
  static IndicatorResult measure(IndicatorResult r, String column, @Nullable Object value) {
    return MEASURE.contains(column)
        ? Records.with(r, "measure", Records.with(r.measure(), column, value))
        : Records.with(r, column, value);
  }

  private static final java.util.Set<String> MEASURE =
      java.util.Arrays.stream(IndicatorMeasure.class.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName)
          .collect(java.util.stream.Collectors.toSet());
}
