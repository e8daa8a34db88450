package org.tidtam.document;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.Vocabulary;

/**
 * Renders a submission into its Word document: loads the plugin's template, compiles and lints it
 * against the form's vocabulary (the engine keeps the compilation, keyed by the template's content,
 * so a replaced template is compiled again; the template a plugin rendered with last is kept here
 * too, so that a render of unchanged bytes only compares them), and renders the record with {@code
 * derived} and {@code doc} beside it. Every document carries its provenance ({@link
 * ProvenancePart}): the template by name and the SHA-256 of its bytes, and the sources the caller
 * names. Thread-safe.
 */
public final class FormDocuments {

  private final TemplateEngine engine;
  private final TemplateSource source;
  private final Map<Class<?>, Vocabulary> vocabularies = new ConcurrentHashMap<>();

  /**
   * The template each plugin rendered with last, the bytes it was compiled from and their name and
   * hash for the provenance.
   */
  private record Last(String name, byte[] docx, Template template, Provenance.TemplateRef ref) {}

  private final Map<Class<?>, Last> last = new ConcurrentHashMap<>();

  public FormDocuments(TemplateEngine engine, TemplateSource source) {
    this.engine = engine;
    this.source = source;
  }

  /** The same templates compiled by another engine (other fonts or page set-up). */
  public FormDocuments withEngine(TemplateEngine engine) {
    return new FormDocuments(engine, source);
  }

  /** Templates from another source, compiled by the same engine. */
  public FormDocuments withSource(TemplateSource source) {
    return new FormDocuments(engine, source);
  }

  /** Templates from the classpath (the templates jar) under {@code templates/}. */
  public static FormDocuments create(TemplateEngine engine) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new FormDocuments(
        engine,
        TemplateSource.classpath(loader != null ? loader : FormDocuments.class.getClassLoader()));
  }

  /**
   * The plugin's compiled template.
   *
   * @throws org.tidtam.template.TemplateException when the template names what the form lacks
   */
  public Template template(FormPlugin<?> plugin) {
    return compiled(plugin).template();
  }

  private Last compiled(FormPlugin<?> plugin) {
    String name = plugin.templateName();
    byte[] docx = source.load(name);
    Last previous = last.get(plugin.getClass());
    if (previous != null && previous.name().equals(name) && Arrays.equals(previous.docx(), docx)) {
      return previous;
    }
    Template template = engine.compile(name, docx, vocabulary(plugin));
    Last compiled = new Last(name, docx.clone(), template, Provenance.TemplateRef.of(name, docx));
    last.put(plugin.getClass(), compiled);
    return compiled;
  }

  /**
   * Whether the plugin's template, as its source holds it now, is compiled already (at start-up, or
   * by an earlier render): false again once the template is replaced.
   */
  public boolean isCompiled(FormPlugin<?> plugin) {
    return engine.isCached(source.load(plugin.templateName()), vocabulary(plugin));
  }

  private Vocabulary vocabulary(FormPlugin<?> plugin) {
    return vocabularies.computeIfAbsent(plugin.getClass(), k -> FormVocabulary.of(plugin));
  }

  /**
   * The .docx of one submission, whose provenance names the template and no source: a caller that
   * knows the submission's data names it with {@link #render(FormPlugin, Record, FormContext,
   * RenderOptions, List)}.
   */
  public <F extends Record> byte[] render(
      FormPlugin<F> plugin, F form, FormContext context, RenderOptions options) {
    return render(plugin, form, context, options, List.of());
  }

  /** The .docx of one submission, whose provenance names the template and the sources. */
  public <F extends Record> byte[] render(
      FormPlugin<F> plugin,
      F form,
      FormContext context,
      RenderOptions options,
      List<Provenance.Source> sources) {
    Last compiled = compiled(plugin);
    byte[] docx = compiled.template().render(model(plugin, form, context, options), options);
    return ProvenancePart.stamp(docx, Provenance.of(sources, compiled.ref(), Instant.now()));
  }

  private static <F extends Record> RenderModel model(
      FormPlugin<F> plugin, F form, FormContext context, RenderOptions options) {
    Lang lang = options.lang();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("today", options.today());
    doc.put("lang", lang == Lang.EN ? "en" : "th");
    doc.put("formId", plugin.id().value());
    doc.put("formTitle", plugin.title().in(lang));
    doc.put("office", context.catalog().office());
    return new RenderModel(form, Map.of("derived", plugin.derive(form, context), "doc", doc));
  }
}
