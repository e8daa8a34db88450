package org.tidtam.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.report.ReportSources;
import org.tidtam.template.RenderOptions;

/**
 * The annual report's sources over the submissions a host counts as delivered: their records by
 * form and unit, and their rendering through the {@link SubmissionService} in a context with the
 * report's options.
 */
final class DeliveredSources implements ReportSources {

  private final SubmissionService service;
  private final FormContext context;
  private final List<Submission<?>> delivered;
  private final RenderOptions options;

  DeliveredSources(
      SubmissionService service,
      FormContext context,
      List<? extends Submission<?>> delivered,
      RenderOptions options) {
    this.service = service;
    this.context = context;
    // a stable sort: by form, then by unit; the host's order within a unit
    List<Submission<?>> sorted = new ArrayList<>(delivered);
    sorted.sort(
        Comparator.comparing((Submission<?> s) -> s.formId().value())
            .thenComparing(s -> s.filing().map(Filing::unitCode).orElse("")));
    this.delivered = List.copyOf(sorted);
    this.options = options;
  }

  @Override
  public Catalog catalog() {
    return context.catalog();
  }

  @Override
  public <F extends Record> List<F> forms(Class<F> type) {
    return delivered.stream()
        .map(Submission::form)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  @Override
  public byte[] render(Record form) {
    for (FormPlugin<?> plugin : service.registry().all()) {
      if (plugin.formType() == form.getClass()) {
        return service.render(submission(plugin, form), context, options);
      }
    }
    throw new IllegalArgumentException(
        "no installed form has the record type " + form.getClass().getName());
  }

  private <F extends Record> Submission<F> submission(FormPlugin<F> plugin, Record form) {
    return service.of(plugin, plugin.formType().cast(form));
  }
}
