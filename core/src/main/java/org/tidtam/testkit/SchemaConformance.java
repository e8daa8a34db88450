package org.tidtam.testkit;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.JsonSchemaExporter;
import org.tidtam.submission.Reading;
import org.tidtam.submission.SubmissionService;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.FormValidator.BrokenRule;
import org.tidtam.validation.Stage;

/**
 * Checks that a form's exported JSON Schema says every rule of the form that JSON Schema can say: a
 * random document within the schema ({@link JsonSchemaSamples}, from the schema's text) reads
 * without problems, and validated as a draft and as a submission it breaks no rule that the schema
 * claims to say ({@link JsonSchemaExporter#says}) on a field of the form. What it may break are the
 * rules JSON Schema cannot say: the form's rules across fields, its own constraints and dates
 * relative to today. A plugin's test runs it over seeds:
 *
 * <pre>{@code
 * static LongStream seeds() { return RandomValues.seeds(200); }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void documentsWithinTheSchemaBreakOnlyRulesItCannotSay(long seed) {
 *   SchemaConformance.of(new MyPlugin()).check(seed);
 * }
 * }</pre>
 */
public final class SchemaConformance {

  private static final FormValidator VALIDATOR = FormValidator.create();

  private final FormPlugin<?> plugin;
  private final FormSchema schema;
  private final String schemaJson;
  private final JsonSchemaSamples samples;
  private final SubmissionService service;

  private SchemaConformance(FormPlugin<?> plugin, String schemaJson) {
    this.plugin = plugin;
    this.schema = FormSchema.of(plugin);
    this.schemaJson = schemaJson;
    this.samples = JsonSchemaSamples.of(schemaJson);
    this.service = SubmissionService.create(FormRegistry.of(List.of(plugin)));
  }

  /** The check of a plugin's form against its exported JSON Schema. */
  public static SchemaConformance of(FormPlugin<?> plugin) {
    return new SchemaConformance(plugin, JsonSchemaExporter.export(FormSchema.of(plugin)));
  }

  /** The check of a plugin's form against another schema text (to test the check itself). */
  static SchemaConformance of(FormPlugin<?> plugin, String schemaJson) {
    return new SchemaConformance(plugin, schemaJson);
  }

  /** The exported JSON Schema text the documents are made from. */
  public String schemaJson() {
    return schemaJson;
  }

  /** The document of a seed. */
  public String document(long seed) {
    return samples.document(seed);
  }

  /** What goes wrong with the document of a seed; empty when the schema says enough. */
  public List<String> problems(long seed) {
    return problemsOf(document(seed));
  }

  /**
   * Fails, naming the seed, the problems and the document, when the document of a seed does not
   * read or breaks a rule the schema says.
   */
  public void check(long seed) {
    String document = document(seed);
    List<String> problems = problemsOf(document);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "form "
              + plugin.id()
              + ", seed "
              + seed
              + ": a document within the JSON Schema\n  - "
              + String.join("\n  - ", problems)
              + "\ndocument:\n"
              + document);
    }
  }

  /**
   * {@link #check Checks} the documents of the seeds {@code 1..count} ({@link RandomValues#seeds})
   * and fails once, naming every seed that fails and giving the first one's problems and document:
   * a plugin's schema test is one line.
   */
  public void checkSeeds(int count) {
    List<Long> failed = new java.util.ArrayList<>();
    AssertionError first = null;
    for (long seed : RandomValues.seeds(count).toArray()) {
      try {
        check(seed);
      } catch (AssertionError e) {
        failed.add(seed);
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw new AssertionError(
          "form "
              + plugin.id()
              + ": the seeds "
              + failed
              + " of "
              + count
              + " fail; the first:\n"
              + first.getMessage(),
          first);
    }
  }

  private List<String> problemsOf(String document) {
    Reading reading = service.read(document);
    if (!reading.ok()) {
      return reading.problems().stream().map(v -> "does not read: " + v).toList();
    }
    Record form = reading.orElseThrow().form();
    List<String> problems = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      List<BrokenRule> broken;
      try {
        broken = VALIDATOR.brokenRules(form, stage);
      } catch (RuntimeException e) {
        problems.add("validating as " + stage + " fails: " + e);
        continue;
      }
      for (BrokenRule rule : broken) {
        if (rule.isError() && JsonSchemaExporter.says(rule.constraint()) && onAField(rule.path())) {
          problems.add(
              "as "
                  + stage
                  + " it breaks "
                  + describe(rule.constraint())
                  + " at "
                  + rule.path()
                  + ", which the schema says");
        }
      }
    }
    return problems;
  }

  /** Whether a rule's path is a field of the form (not a computed value or the whole record). */
  private boolean onAField(String path) {
    if (path.isEmpty()) {
      return false;
    }
    String dotted = path.replaceAll("\\[[^\\]]*\\]", "");
    return schema.field(dotted).map(f -> !f.computed()).orElse(false);
  }

  private static String describe(Annotation constraint) {
    String text = constraint.toString();
    String name = constraint.annotationType().getName();
    return text.startsWith("@" + name)
        ? "@" + constraint.annotationType().getSimpleName() + text.substring(name.length() + 1)
        : text;
  }

  @Override
  public String toString() {
    return "SchemaConformance[" + plugin.id() + "]";
  }
}
