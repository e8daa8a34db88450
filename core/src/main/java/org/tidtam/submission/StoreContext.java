package org.tidtam.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;
import org.tidtam.thai.Round;

/**
 * A {@link FormContext} over a store: the facts a unit's submissions state are read once per form,
 * year, round and unit, by the submissions' own plugins, and kept for the life of the context (one
 * request, one command). A stored submission that no longer fits its form states nothing; its own
 * validation reports it.
 */
final class StoreContext implements FormContext {

  private final Catalog catalog;
  private final SubmissionStore store;
  private final FormRegistry registry;
  private final SubmissionCodec codec;
  private final Map<Filed, List<Fact>> facts = new ConcurrentHashMap<>();

  StoreContext(
      Catalog catalog, SubmissionStore store, FormRegistry registry, SubmissionCodec codec) {
    this.catalog = catalog;
    this.store = store;
    this.registry = registry;
    this.codec = codec;
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  @Override
  public <T extends Fact> List<T> facts(Class<T> kind, int fiscalYear, Round round, String unit) {
    List<T> out = new ArrayList<>();
    for (FormPlugin<?> plugin : registry.all()) {
      if (plugin.factKinds().stream().noneMatch(k -> kind.isAssignableFrom(k) || k == kind)) {
        continue;
      }
      Filed key = new Filed(plugin, new Filing(fiscalYear, round, unit));
      for (Fact fact : facts.computeIfAbsent(key, this::read)) {
        if (kind.isInstance(fact)) {
          out.add(kind.cast(fact));
        }
      }
    }
    return List.copyOf(out);
  }

  private List<Fact> read(Filed key) {
    Filing wanted = key.filing();
    List<Fact> out = new ArrayList<>();
    for (SubmissionDocument document :
        store.find(key.plugin().id(), wanted.fiscalYear(), wanted.round(), wanted.unitCode())) {
      out.addAll(factsOf(key.plugin(), document, wanted));
    }
    return List.copyOf(out);
  }

  private <F extends Record> List<Fact> factsOf(
      FormPlugin<F> plugin, SubmissionDocument document, Filing wanted) {
    F form;
    try {
      form = codec.toForm(plugin, document);
    } catch (SubmissionFormatException e) {
      return List.of();
    }
    return plugin
        .filing(form)
        .filter(wanted::equals)
        .map(filing -> plugin.facts(form, filing))
        .orElse(List.of())
        .stream()
        .filter(f -> f.filing().equals(wanted))
        .toList();
  }

  private record Filed(FormPlugin<?> plugin, Filing filing) {}
}
