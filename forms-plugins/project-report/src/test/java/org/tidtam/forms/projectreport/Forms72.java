package org.tidtam.forms.projectreport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.testkit.Records;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/** Test fixtures of form 7.2: the sample submission and Thai validation. */
final class Forms72 {
  static final ProjectReportPlugin PLUGIN = new ProjectReportPlugin();
  private static final SubmissionCodec CODEC = SubmissionCodec.create();
  private static final FormValidator VALIDATOR = FormValidator.create();

  private Forms72() {}

  /** The plugin's sample submission (a complete 12-month report). */
  static ProjectReport sample() {
    return CODEC.toForm(PLUGIN, CODEC.sample(PLUGIN));
  }

  /** A submission read from a test resource next to this class. */
  static ProjectReport read(String resource) {
    try (InputStream in = Forms72.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      return CODEC.toForm(PLUGIN, CODEC.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates in Thai the way the host does: SUBMIT adds the Complete group. */
  static List<Violation.Shown> validate(Record form, Stage stage) {
    List<Violation.Shown> out = new ArrayList<>(VALIDATOR.validate(form, stage, Lang.TH));
    out.sort(Comparator.comparing(Violation.Shown::path).thenComparing(Violation.Shown::message));
    return out;
  }

  /** The form with one value of the measure of indicator result {@code row} replaced. */
  static ProjectReport withMeasure(
      ProjectReport form, int row, String component, @Nullable Object value) {
    IndicatorResult r = form.indicatorResults().get(row);
    return Records.withRow(
        form, "indicatorResults", row, "measure", Records.with(r.measure(), component, value));
  }

  static List<Violation.Shown> submit(Record form) {
    return validate(form, Stage.SUBMIT);
  }
}
