package org.tidtam.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Office;
import org.tidtam.document.TemplateSource;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.schema.Choice;
import org.tidtam.schema.Field;
import org.tidtam.schema.FormRegistry;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.FormSection;
import org.tidtam.schema.JsonSchemaExporter;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * Checks a form plugin end to end the way the host will use it: its schema derives, its sample
 * parses and passes, its template compiles against the form and renders the sample, and its
 * messages are translated. A plugin's test needs one line: {@code FormPluginHarness.of(new
 * MyPlugin()).assertWellFormed()}.
 */
public final class FormPluginHarness<F extends Record> {

  /** The date rendered documents show as today, so that renders are repeatable. */
  public static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

  private final FormPlugin<F> plugin;
  private final SubmissionService service;
  private final FormContext context;
  private final TemplateSource templates;

  private FormPluginHarness(
      FormPlugin<F> plugin,
      SubmissionService service,
      FormContext context,
      TemplateSource templates) {
    this.plugin = plugin;
    this.service = service;
    this.context = context;
    this.templates = templates;
  }

  /**
   * A harness that reads, checks and renders through the host's own submission service, with the
   * templates on the classpath and an empty demo catalog.
   */
  public static <F extends Record> FormPluginHarness<F> of(FormPlugin<F> plugin) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return new FormPluginHarness<>(
        plugin,
        SubmissionService.create(FormRegistry.of(List.of(plugin))),
        FormContext.of(demoCatalog()),
        TemplateSource.classpath(
            loader != null ? loader : FormPluginHarness.class.getClassLoader()));
  }

  /** The same harness with templates from another source (e.g. one built in the test). */
  public FormPluginHarness<F> withTemplates(TemplateSource source) {
    return new FormPluginHarness<>(plugin, service.withTemplates(source), context, source);
  }

  /** The same harness with another context (e.g. a catalog the plugin's derived values need). */
  public FormPluginHarness<F> withContext(FormContext context) {
    return new FormPluginHarness<>(plugin, service, context, templates);
  }

  /** The submission service the harness uses, as the host would. */
  public SubmissionService service() {
    return service;
  }

  public FormSchema schema() {
    return FormSchema.of(plugin);
  }

  /** The plugin's sample submission as its record. */
  public F sample() {
    return plugin.formType().cast(service.sample(plugin).form());
  }

  /** Validates; the violations' messages are keys and arguments. */
  public List<Violation> violations(F form, Stage stage) {
    return service.check(service.of(plugin, form), stage);
  }

  /** Validates, and shows the violations as a Thai user sees them. */
  public List<Violation.Shown> validate(F form, Stage stage) {
    return Violation.in(violations(form, stage), Lang.TH);
  }

  /** The .docx of a form, in Thai, dated {@link #TODAY}. */
  public byte[] render(F form) {
    return render(form, Numerals.ARABIC);
  }

  /** The .docx of a form, in Thai, dated {@link #TODAY}, with the given digits. */
  public byte[] render(F form, Numerals numerals) {
    return service.render(
        service.of(plugin, form), context, new RenderOptions(Lang.TH, numerals, TODAY));
  }

  /** Runs every check and fails with one {@link AssertionError} that lists all problems found. */
  public void assertWellFormed() {
    List<String> problems = new ArrayList<>();
    try {
      JsonSchemaExporter.export(schema());
    } catch (RuntimeException e) {
      problems.add("schema: " + e.getMessage());
    }
    F sample = null;
    try {
      sample = sample();
      List<Violation.Shown> errors =
          validate(sample, Stage.SUBMIT).stream().filter(Violation.Shown::isError).toList();
      if (!errors.isEmpty()) {
        problems.add(
            "sample "
                + plugin.sampleResource()
                + " has errors when submitted: "
                + errors.stream().map(Violation.Shown::toString).collect(Collectors.joining("; ")));
      }
    } catch (RuntimeException e) {
      problems.add("sample " + plugin.sampleResource() + ": " + e.getMessage());
    }
    boolean compiled = false;
    try {
      service.template(plugin);
      compiled = true;
    } catch (RuntimeException e) {
      problems.add("template " + plugin.templateName() + ": " + e.getMessage());
    }
    if (compiled && sample != null) {
      try {
        byte[] docx = render(sample);
        if (docx.length == 0) {
          problems.add("template " + plugin.templateName() + " rendered no bytes");
        }
      } catch (RuntimeException e) {
        problems.add("rendering the sample: " + e);
      }
    }
    for (String lang : List.of("th", "en")) {
      List<String> missing = MessageBundles.missingKeys(plugin.getClass(), lang);
      if (!missing.isEmpty()) {
        problems.add(MessageBundles.BUNDLE + "_" + lang + ".properties lacks the keys " + missing);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "form "
              + plugin.id()
              + " ("
              + plugin.getClass().getName()
              + ") is not well formed:\n  - "
              + String.join("\n  - ", problems));
    }
  }

  /**
   * Checks the plugin's messages against core's and fails with one {@link AssertionError} that
   * lists all problems: a key of the plugin's bundle that core already gives (the same key, or the
   * same Thai and English text under another key: use core's), a key its constraints and rules name
   * that has no Thai or no English text, a Thai text that says "required" with another wording than
   * ต้องระบุ, and a term the forms do not use ({@link MessageBundles#otherTerms(String)}) in its
   * Thai messages, its labels, help and choices, or the text of its template.
   */
  public void assertMessages() {
    List<String> problems = new ArrayList<>();
    Class<?> type = plugin.getClass();
    MessageBundles.repeatedCoreKeys(type).forEach(p -> problems.add(p));
    MessageBundles.untranslatedKeys(MessageBundles.packageKeys(type), type.getClassLoader())
        .forEach(p -> problems.add("no text for " + p));
    MessageBundles.otherRequiredWordings(type).forEach(p -> problems.add("say ต้องระบุ, not " + p));
    MessageBundles.otherTerms(type).forEach(p -> problems.add("message " + p));
    for (FormSection section : schema().sections()) {
      if (section.title() != null) {
        MessageBundles.otherTerms(section.title().th())
            .forEach(p -> problems.add("section " + section.number() + ": " + p));
      }
      section.fields().forEach(f -> termsOf(f, f.name(), problems));
    }
    try {
      for (String paragraph : DocxText.paragraphs(templates.load(plugin.templateName()))) {
        MessageBundles.otherTerms(paragraph)
            .forEach(p -> problems.add("template " + plugin.templateName() + ": " + p));
      }
    } catch (RuntimeException e) {
      problems.add("template " + plugin.templateName() + ": " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "the messages of form "
              + plugin.id()
              + " ("
              + type.getName()
              + "):\n  - "
              + String.join("\n  - ", problems));
    }
  }

  /**
   * Fails, listing every one, unless the Thai label of each field path ({@code "results.focus"})
   * starts with its term: the wording forms share (บรรลุเป้าหมาย, ผลการเบิกจ่าย, ...) said the same
   * way in each.
   */
  public void assertLabels(Map<String, String> termByPath) {
    FormSchema schema = schema();
    List<String> problems = new ArrayList<>();
    new TreeMap<>(termByPath)
        .forEach(
            (path, term) ->
                schema
                    .field(path)
                    .ifPresentOrElse(
                        f -> {
                          if (!f.label().th().startsWith(term)) {
                            problems.add(path + " reads \"" + f.label().th() + "\", not " + term);
                          }
                        },
                        () -> problems.add(path + " is not a field")));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "the labels of form " + plugin.id() + ":\n  - " + String.join("\n  - ", problems));
    }
  }

  /**
   * Puts each measure of {@link IndicatorMeasureCases} into the first row of the sample's list
   * {@code rows} (its component {@code measure}) and fails, listing every case that differs, unless
   * the submitted form raises exactly the case's problems under that measure; the measure's counts
   * must read จำนวนที่ผ่านเกณฑ์ and จำนวนทั้งหมด as in every form. The sample must be a 12-month
   * report with at least one row.
   */
  public void assertIndicatorMeasures(String rows) {
    List<String> problems = new ArrayList<>();
    String prefix = rows + "[0].measure";
    IndicatorMeasureCases.all()
        .forEach(
            c -> {
              F form = Records.withRow(sample(), rows, 0, "measure", c.measure());
              List<String> raised =
                  IndicatorMeasureCases.under(prefix, violations(form, Stage.SUBMIT));
              if (!raised.equals(IndicatorMeasureCases.expected(c))) {
                problems.add(
                    c.name() + ": " + raised + ", expected " + IndicatorMeasureCases.expected(c));
              }
            });
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "the indicator measures of form "
              + plugin.id()
              + " under "
              + prefix
              + ":\n  - "
              + String.join("\n  - ", problems));
    }
    assertLabels(
        Map.of(
            rows + ".measure.numerator", "จำนวนที่ผ่านเกณฑ์",
            rows + ".measure.denominator", "จำนวนทั้งหมด"));
  }

  private static void termsOf(Field field, String path, List<String> problems) {
    MessageBundles.otherTerms(field.label().th())
        .forEach(p -> problems.add("label of " + path + ": " + p));
    if (field.help() != null) {
      MessageBundles.otherTerms(field.help().th())
          .forEach(p -> problems.add("help of " + path + ": " + p));
    }
    for (Choice choice : field.choices()) {
      MessageBundles.otherTerms(choice.label().th())
          .forEach(p -> problems.add("choice of " + path + ": " + p));
    }
    field.children().forEach(c -> termsOf(c, path + "." + c.name(), problems));
  }

  /** An office and nothing else: enough for forms that do not look anything up. */
  public static Catalog demoCatalog() {
    Office office =
        new Office(
            "ทส",
            LocalizedText.of(
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ",
                "Test Primary Educational Service Area Office"),
            LocalizedText.of("สพป.ทดสอบ", "Test PESAO"),
            "กระบี่");
    return new Catalog(
        office,
        true,
        List.of(2569),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
