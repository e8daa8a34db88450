package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.ProjectSummary;
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

  static List<Violation> validate(EsaMonitoring form, Stage stage) {
    return VALIDATOR.validate(form, stage, Lang.TH);
  }

  static List<Violation> submit(EsaMonitoring form) {
    return validate(form, Stage.SUBMIT);
  }

  /** The three 7.2 projects of กลุ่มนิเทศฯ in 2569, as the context summarises them. */
  static List<ProjectSummary> supervisionProjects() {
    return List.of(
        project("KBI-2569-P03", "โครงการขับเคลื่อนการอ่านออกเขียนได้", "150000.00", "140000.00"),
        project(
            "KBI-2569-P04",
            "โครงการยกระดับผลสัมฤทธิ์ทางการเรียนคณิตศาสตร์ ป.3",
            "120000.00",
            "96500.00"),
        project("KBI-2569-P05", "โครงการพัฒนาระบบนิเทศภายในสถานศึกษา", "45000.00", "45000.00"));
  }

  static ProjectSummary project(String code, String name, String allocated, String spent) {
    return new ProjectSummary(
        code,
        name,
        "SUPERVISION",
        new BigDecimal(allocated),
        new BigDecimal(spent),
        LocalizedText.of("ดำเนินการแล้วเสร็จ", "Completed"),
        LocalizedText.of("บรรลุผลตามเป้าหมาย", "Achieved"));
  }

  /** A context over a catalog with projects and submissions, as the host will offer them. */
  record TestContext(
      Catalog catalog, List<ProjectSummary> projectRows, List<SubmissionDocument> documents)
      implements FormContext {

    static TestContext demo(List<ProjectSummary> projects, SubmissionDocument... documents) {
      return new TestContext(Catalog.demoCatalog(), projects, List.of(documents));
    }

    @Override
    public List<ProjectSummary> projects(int fiscalYear, Round round, String groupCode) {
      return projectRows.stream().filter(p -> p.groupCode().equals(groupCode)).toList();
    }

    @Override
    public List<SubmissionDocument> submissions(FormId form, int fiscalYear, Round round) {
      return documents.stream()
          .filter(d -> d.form().equals(form))
          .filter(d -> d.data().get("fiscalYear").asInt() == fiscalYear)
          .filter(d -> d.data().get("round").asString().equals(round.name()))
          .toList();
    }
  }

  /** A copy of the form with one cell of one result row replaced. */
  static EsaMonitoring withResult(EsaMonitoring form, int row, String column, Object value) {
    return Records.withRow(form, "results", row, column, value);
  }
}
