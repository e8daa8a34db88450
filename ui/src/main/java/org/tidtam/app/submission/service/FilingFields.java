package org.tidtam.app.submission.service;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.form.FormPlugin;
import org.tidtam.submission.Reading;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which top-level fields of a form's data hold its filing (year, round, unit), and whether its unit
 * is an office group or a school. Learnt from the plugin's own sample and checked by a round trip
 * through the plugin's {@link FormPlugin#filing}, so a new plugin needs nothing here.
 */
final class FilingFields {

  /** What kind of unit files a form. */
  enum UnitKind {
    GROUP,
    SCHOOL,
    UNKNOWN
  }

  record Fields(String year, String round, String unit, UnitKind kind) {}

  private final SubmissionService service;
  private final Supplier<Catalog> catalog;
  private final Map<String, Optional<Fields>> known = new ConcurrentHashMap<>();

  FilingFields(SubmissionService service, Supplier<Catalog> catalog) {
    this.service = service;
    this.catalog = catalog;
  }

  Optional<Fields> of(FormPlugin<?> plugin) {
    return known.computeIfAbsent(plugin.id().value(), id -> learn(plugin));
  }

  /** What kind of unit files the form; UNKNOWN when its sample does not say. */
  UnitKind kind(FormPlugin<?> plugin) {
    return of(plugin).map(Fields::kind).orElse(UnitKind.UNKNOWN);
  }

  /** The kind of a unit code in the catalog. */
  UnitKind kindOf(String unitCode) {
    if (catalog.get().school(unitCode).isPresent()) {
      return UnitKind.SCHOOL;
    }
    return catalog.get().group(unitCode).isPresent() ? UnitKind.GROUP : UnitKind.UNKNOWN;
  }

  /** The document with its filing fields set; unchanged when the form's fields are unknown. */
  SubmissionDocument file(FormPlugin<?> plugin, SubmissionDocument document, Filing filing) {
    return of(plugin)
        .map(
            f -> {
              ObjectNode data = Documents.object(document.data());
              data.put(f.year(), filing.fiscalYear());
              data.put(f.round(), filing.round().name());
              data.put(f.unit(), filing.unitCode());
              return new SubmissionDocument(document.form(), document.schemaVersion(), data);
            })
        .orElse(document);
  }

  private Optional<Fields> learn(FormPlugin<?> plugin) {
    Submission<?> sample;
    try {
      sample = service.sample(plugin);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    Optional<Filing> filing = sample.filing();
    if (filing.isEmpty()) {
      return Optional.empty();
    }
    Filing f = filing.get();
    JsonNode data = sample.document().data();
    String year = null;
    String round = null;
    String unit = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = data.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (year == null && v.isIntegralNumber() && v.asInt() == f.fiscalYear()) {
        year = e.getKey();
      } else if (round == null && v.isString() && v.asString().equals(f.round().name())) {
        round = e.getKey();
      } else if (unit == null && v.isString() && v.asString().equals(f.unitCode())) {
        unit = e.getKey();
      }
    }
    if (year == null || round == null || unit == null) {
      return Optional.empty();
    }
    Fields fields = new Fields(year, round, unit, kindOf(f.unitCode()));
    // a round trip with another filing proves the fields are the filing
    Filing probe = new Filing(f.fiscalYear() + 1, f.round(), f.unitCode() + "-probe");
    ObjectNode moved = Documents.object(data);
    moved.put(year, probe.fiscalYear());
    moved.put(unit, probe.unitCode());
    Reading reading =
        service.read(
            new SubmissionDocument(
                sample.document().form(), sample.document().schemaVersion(), moved));
    if (!reading.ok() || !reading.orElseThrow().filing().equals(Optional.of(probe))) {
      return Optional.empty();
    }
    return Optional.of(fields);
  }
}
