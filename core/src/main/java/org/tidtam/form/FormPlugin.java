package org.tidtam.form;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.report.ReportContributor;
import org.tidtam.report.ReportPart;
import org.tidtam.report.ReportScope;
import org.tidtam.report.ReportSources;
import org.tidtam.validation.Violation;

/**
 * The one extension point for a form. A plugin jar registers its implementation in {@code
 * META-INF/services/org.tidtam.form.FormPlugin}; the form then appears in the command line, the
 * application and the annual report without any change to the host.
 *
 * @param <F> the record type that holds one submission's data
 */
public interface FormPlugin<F extends Record> extends ReportContributor {

  /** The form's id, e.g. {@code 7.2}. */
  FormId id();

  /** The record type of a submission; the schema is derived from it and its annotations. */
  Class<F> formType();

  /**
   * The form's title, e.g. "แบบรายงานผลการดำเนินงานโครงการประจำปีงบประมาณ": by default the {@link
   * Label} of the {@link #formType() record type}, so that the title is written once.
   *
   * @throws IllegalStateException when the record type has no label and the plugin does not
   *     override this method
   */
  default LocalizedText title() {
    Label label = formType().getAnnotation(Label.class);
    if (label == null) {
      throw new IllegalStateException(
          "form " + id().value() + ": @Label on " + formType().getName() + " is missing");
    }
    return LocalizedText.of(label.th(), label.en().isEmpty() ? label.th() : label.en());
  }

  /**
   * The version of the submission format; raise it when the record changes incompatibly, and add
   * the step from the previous version to {@link #migrations()}.
   */
  default int schemaVersion() {
    return 1;
  }

  /**
   * The steps that upgrade older submissions, one per version from the oldest still readable up to
   * {@link #schemaVersion()} - 1. Empty while the form has only one version.
   */
  default List<SchemaMigration> migrations() {
    return List.of();
  }

  /**
   * The template's file name in the templates jar (under {@code templates/}), e.g. {@code
   * 7.2-project-report.docx}.
   */
  String templateName();

  /**
   * The classpath resource, next to the plugin class, holding a valid Thai sample submission in the
   * submission JSON format; template authors and tests use it.
   */
  default String sampleResource() {
    return "sample-" + id().value() + ".json";
  }

  /**
   * The type of the values a plugin computes for its template beyond the record's own {@link
   * Computed} methods (for example from other submissions). Templates reach them as {@code
   * derived.*} and are checked against this type.
   */
  default Class<? extends Record> derivedType() {
    return NoDerivedValues.class;
  }

  /** Computes the {@link #derivedType()} values of one submission. */
  default Record derive(F form, FormContext context) {
    return NoDerivedValues.INSTANCE;
  }

  /**
   * A new draft with everything the office already knows filled in (from the catalog and from other
   * submissions in the context); users then fill in the rest. Empty when the form has nothing to
   * prefill, in which case the host starts from a blank form.
   */
  default Optional<F> prefill(PrefillRequest request, FormContext context) {
    return Optional.empty();
  }

  /**
   * Invented but plausible submissions that a unit of a demo office files in a round, for
   * demonstrations, load and the annual report's volume: each passes the {@code SUBMIT} check, is
   * marked as demo data ({@link DemoText#NOTE} in a free-text field the document shows) and depends
   * only on its arguments, so that one seed gives the same data every time. Most forms give one
   * submission for a unit they concern and none for the others (form 7.3 for a school, form 7.1 for
   * a group); a per-project form gives one per project of the group in the catalog. The context
   * holds the facts of the round's other demo submissions, for forms that take figures from them.
   * None by default: the form has no demo data.
   *
   * @param sample the plugin's valid {@linkplain #sampleResource() sample}, to vary
   * @param filing the fiscal year, round and unit
   * @param random the source of every choice made, seeded by the caller
   */
  default List<F> demo(F sample, Filing filing, FormContext context, RandomGenerator random) {
    return List.of();
  }

  /**
   * Where a submission is filed: its fiscal year, round and reporting unit. By default read from
   * the record's fields {@code fiscalYear} (a number or a {@code FiscalYear}), {@code round} and
   * {@code unitCode}; forms that name the unit otherwise override it. Empty while a draft lacks one
   * of them: such a submission states no facts.
   */
  default Optional<Filing> filing(F form) {
    return RecordValues.filing(form, "unitCode");
  }

  /** The kinds of {@link Fact} this form's submissions state; none by default. */
  default Set<Class<? extends Fact>> factKinds() {
    return Set.of();
  }

  /**
   * What one submission states for other forms, the dashboard and the annual report, each fact of a
   * kind in {@link #factKinds()} and filed as the submission is. Called only for submissions with a
   * {@link #filing}.
   */
  default List<Fact> facts(F form, Filing filing) {
    return List.of();
  }

  /**
   * Checks that need other submissions (e.g. a group report against its project reports), as {@link
   * org.tidtam.validation.Severity#WARNING warnings}: they never block a submission, since the
   * other reports may still change.
   */
  default List<Violation> crossChecks(F form, FormContext context) {
    return List.of();
  }

  /**
   * The office's own form combined from its units' forms, e.g. the office-level 7.1 from its
   * groups' reports of the scope's year: one form whose unit is the office, signed for the office.
   * The host renders it as it renders any submission of the form. Empty by default (the form has no
   * office-level form) and when none of the units' forms is of the scope's year.
   *
   * @param unitForms the units' delivered forms, e.g. {@link ReportSources#forms}
   */
  default Optional<F> officeForm(List<F> unitForms, ReportScope scope) {
    return Optional.empty();
  }

  /**
   * The chapters and annexes this form adds to the annual report of the scope, e.g. a summary of
   * its submissions or their rendered documents as an annex; none by default. The scope's {@link
   * ReportScope#sources() sources} hold the year's delivered submissions of the form. The office's
   * own chapters come through the same {@link ReportContributor} interface.
   */
  @Override
  default List<ReportPart> reportParts(ReportScope scope) {
    return List.of();
  }
}
