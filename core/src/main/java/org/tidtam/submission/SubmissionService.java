package org.tidtam.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.document.FormDocuments;
import org.tidtam.document.TemplateSource;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.PrefillRequest;
import org.tidtam.i18n.Message;
import org.tidtam.provenance.Provenance;
import org.tidtam.report.ReportSources;
import org.tidtam.schema.FormRegistry;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * Core's one front door for a submission's life: read (envelope, migrate, bind), check (draft or
 * submit, with the plugin's cross-checks as warnings), prefill, derive and render. The command
 * line, the application's views and API, the plugin test kit and the annual report are thin callers
 * of it. One instance per application; thread-safe.
 */
public final class SubmissionService {

  private final FormRegistry registry;
  private final FormDocuments documents;
  private final SubmissionCodec codec;
  private final FormValidator validator;

  private SubmissionService(
      FormRegistry registry,
      FormDocuments documents,
      SubmissionCodec codec,
      FormValidator validator) {
    this.registry = registry;
    this.documents = documents;
    this.codec = codec;
    this.validator = validator;
  }

  /** The plugins on the class path, their templates from the classpath, default engine options. */
  public static SubmissionService create() {
    return create(FormRegistry.load());
  }

  /** The given plugins, their templates from the classpath, default engine options. */
  public static SubmissionService create(FormRegistry registry) {
    return new SubmissionService(
        registry,
        FormDocuments.create(TemplateEngine.create()),
        SubmissionCodec.create(),
        FormValidator.create());
  }

  /** The same service rendering with another engine's options (font, page set-up). */
  public SubmissionService withEngine(EngineOptions options) {
    return new SubmissionService(
        registry, documents.withEngine(TemplateEngine.create(options)), codec, validator);
  }

  /** The same service with templates from another source (an office's own, a test's). */
  public SubmissionService withTemplates(TemplateSource source) {
    return new SubmissionService(registry, documents.withSource(source), codec, validator);
  }

  public FormRegistry registry() {
    return registry;
  }

  /** The plugin of a form id; an unknown id is an error that lists the known ones. */
  public FormPlugin<?> plugin(String formId) {
    return registry.get(formId.strip());
  }

  // ---- the world a form sees

  /** The context a form sees: a catalog and the facts the store's submissions state. */
  public FormContext context(Catalog catalog, SubmissionStore store) {
    return new StoreContext(catalog, store, registry, codec);
  }

  /**
   * The context of a folder laid out as {@link DocumentStore} describes: its catalog (or the demo
   * catalog) and its submissions.
   */
  public FormContext context(Path directory) {
    return context(
        DocumentStore.catalogIn(directory), DocumentStore.fromDirectory(directory, registry));
  }

  // ---- read

  /** Reads a submission document from JSON text (envelope, migrations, binding). */
  public Reading read(String json) {
    return read(json, null);
  }

  /** Reads a submission document from a UTF-8 stream. */
  public Reading read(InputStream json) {
    try {
      return read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON text as a submission of a given form, or of the form its envelope names when {@code
   * formId} is null.
   */
  public Reading read(String json, @Nullable String formId) {
    SubmissionDocument document;
    try {
      document = codec.read(json);
    } catch (SubmissionFormatException e) {
      return Reading.failed(e.violations());
    }
    String id = formId != null ? formId.strip() : document.form().value();
    Optional<FormPlugin<?>> plugin = registry.find(id);
    if (plugin.isEmpty()) {
      return Reading.failed(List.of(unknownForm(id)));
    }
    return read(plugin.get(), document);
  }

  /** Reads a document with the plugin of the form it names. */
  public Reading read(SubmissionDocument document) {
    return registry
        .find(document.form().value())
        .map(plugin -> read(plugin, document))
        .orElseGet(() -> Reading.failed(List.of(unknownForm(document.form().value()))));
  }

  private Violation unknownForm(String id) {
    String known = String.join(", ", registry.ids());
    return Violation.error(
        "form",
        Message.of("tidtam.forms.id.unknown", "id", id, "known", known.isEmpty() ? "-" : known));
  }

  private Reading read(FormPlugin<?> plugin, SubmissionDocument document) {
    try {
      return Reading.of(bind(plugin, document));
    } catch (SubmissionFormatException e) {
      return Reading.failed(e.violations());
    }
  }

  private <F extends Record> Submission<F> bind(FormPlugin<F> plugin, SubmissionDocument document) {
    SubmissionDocument current = codec.upgrade(plugin, document);
    return new Submission<>(plugin, codec.toForm(plugin, current), current);
  }

  /** The submission of a record (a form the application's editor built). */
  public <F extends Record> Submission<F> of(FormPlugin<F> plugin, F form) {
    return new Submission<>(plugin, form, codec.toDocument(plugin, form));
  }

  /** The plugin's own sample submission. */
  public Submission<?> sample(FormPlugin<?> plugin) {
    return bind(plugin, codec.sample(plugin));
  }

  /** The exchange JSON of a document, pretty-printed. */
  public String write(SubmissionDocument document) {
    return codec.write(document);
  }

  // ---- check

  /**
   * Checks a submission at a stage: the form's own rules (errors and warnings) and, with other
   * submissions in the context, the plugin's cross-checks as warnings. Errors come first. The
   * violations are shown in a language where they are shown ({@link Violation#in}).
   */
  public List<Violation> check(Submission<?> submission, Stage stage, FormContext context) {
    List<Violation> out = new ArrayList<>(validator.validate(submission.form(), stage));
    out.addAll(crossChecks(submission, context));
    out.sort(Comparator.comparing(Violation::severity));
    return List.copyOf(out);
  }

  /** Checks a submission's own rules at a stage, without other submissions. */
  public List<Violation> check(Submission<?> submission, Stage stage) {
    return validator.validate(submission.form(), stage);
  }

  private static <F extends Record> List<Violation> crossChecks(
      Submission<F> submission, FormContext context) {
    return submission.plugin().crossChecks(submission.form(), context);
  }

  // ---- prefill

  /**
   * A new draft of a form for a unit, year and round with what the catalog and the context already
   * know filled in; empty when the form does not prefill or does not know the unit.
   */
  public Optional<Submission<?>> prefill(
      FormPlugin<?> plugin, PrefillRequest request, FormContext context) {
    return prefilled(plugin, request, context);
  }

  private <F extends Record> Optional<Submission<?>> prefilled(
      FormPlugin<F> plugin, PrefillRequest request, FormContext context) {
    return plugin.prefill(request, context).map(form -> of(plugin, form));
  }

  // ---- derive and render

  /** The plugin's compiled template, checked against the form. */
  public Template template(FormPlugin<?> plugin) {
    return documents.template(plugin);
  }

  /** Whether the plugin's template is compiled already, so that a first render pays no compile. */
  public boolean isCompiled(FormPlugin<?> plugin) {
    return documents.isCompiled(plugin);
  }

  /**
   * The .docx of a submission, with its derived values computed in the context. The document
   * carries its provenance: the form, schema version and data hash of the submission, and its
   * stored id and version when the options name them ({@link RenderOptions#withSubmission}).
   */
  public byte[] render(Submission<?> submission, FormContext context, RenderOptions options) {
    return renderOf(submission, context, options);
  }

  /**
   * What the annual report's contributors see of the year ({@link ReportSources}): the context's
   * catalog, the records of the submissions the host counts as delivered (those of the year's
   * 12-month round that were submitted or approved) by form and unit, and their rendering in the
   * context with the report's options.
   */
  public ReportSources reportSources(
      FormContext context, List<? extends Submission<?>> delivered, RenderOptions options) {
    return new DeliveredSources(this, context, delivered, options);
  }

  /** The provenance source of a submission: its form, schema version and the hash of its data. */
  public static Provenance.Source source(Submission<?> submission) {
    SubmissionDocument document = submission.document();
    return Provenance.Source.of(document.form().value(), document.schemaVersion(), document.data());
  }

  private <F extends Record> byte[] renderOf(
      Submission<F> submission, FormContext context, RenderOptions options) {
    Provenance.Source source = source(submission);
    if (options.submissionId() != null && options.submissionVersion() != null) {
      source = source.stored(options.submissionId(), options.submissionVersion());
    }
    return documents.render(
        submission.plugin(), submission.form(), context, options, List.of(source));
  }
}
