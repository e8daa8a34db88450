package org.tidtam.form;

import org.tidtam.i18n.LocalizedText;

/**
 * The one extension point for a form. A plugin jar registers its implementation in {@code
 * META-INF/services/org.tidtam.form.FormPlugin}; the form then appears in the command line, the
 * application and the annual report without any change to the host.
 *
 * @param <F> the record type that holds one submission's data
 */
public interface FormPlugin<F extends Record> {

  /** The form's id, e.g. {@code 7.2}. */
  FormId id();

  /** The record type of a submission; the schema is derived from it and its annotations. */
  Class<F> formType();

  /** The form's title, e.g. "แบบรายงานผลการดำเนินงานโครงการประจำปีงบประมาณ". */
  LocalizedText title();

  /** The version of the submission format; raise it when the record changes incompatibly. */
  default int schemaVersion() {
    return 1;
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
}
