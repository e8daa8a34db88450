package org.tidtam.report;

import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Office;
import org.tidtam.i18n.LocalizedText;

/**
 * What the host lends a contributor for the report of a year, beyond the year and the office: the
 * catalog, the delivered submissions of the year's 12-month round, and the rendering of a form's
 * record into its Word document. The application backs it with its database, the command line with
 * a folder of submissions; a contributor sees neither.
 */
public interface ReportSources {

  /** The office's reference data: its groups, schools and plan. */
  Catalog catalog();

  /**
   * The delivered submissions of the year's 12-month round whose record is of the type, in a stable
   * order (by form, then by unit); empty when there are none or the type is not a form's.
   */
  <F extends Record> List<F> forms(Class<F> type);

  /**
   * The Word document of a form's record, rendered by the host with the form's own template and the
   * report's options (Thai digits and so on), as {@link PartWriter#merge} takes it.
   *
   * @throws IllegalArgumentException when the record is not of an installed form
   */
  byte[] render(Record form);

  /** No submissions, and a catalog that knows only the office's name. */
  static ReportSources none(String officeName) {
    LocalizedText name = LocalizedText.of(officeName, officeName);
    Catalog catalog =
        new Catalog(
            new Office("", name, name, ""),
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new ReportSources() {
      @Override
      public Catalog catalog() {
        return catalog;
      }

      @Override
      public <F extends Record> List<F> forms(Class<F> type) {
        return List.of();
      }

      @Override
      public byte[] render(Record form) {
        throw new IllegalArgumentException(
            "no form renders here: " + form.getClass().getSimpleName());
      }
    };
  }
}
