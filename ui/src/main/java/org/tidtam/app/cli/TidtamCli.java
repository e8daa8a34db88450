package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.tidtam.catalog.Catalog;
import org.tidtam.document.FormDocuments;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.PrefillRequest;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.schema.FormRegistry;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.JsonSchemaExporter;
import org.tidtam.submission.SubmissionCodec;
import org.tidtam.submission.SubmissionDocument;
import org.tidtam.submission.SubmissionFormatException;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TemplateException;
import org.tidtam.template.TemplateProblem;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.core.JacksonException;

/**
 * The command line: lists the installed forms, exports their JSON Schema and sample, validates a
 * submission and renders it to Word, using only the form layer (no web server, no Spring). Scripts
 * and template authors rely on its exit codes: 0 done, 2 invalid input, 1 anything else.
 */
public final class TidtamCli {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int INVALID = 2;

  private final Supplier<FormRegistry> registry;

  public TidtamCli() {
    this(FormRegistry::load);
  }

  TidtamCli(Supplier<FormRegistry> registry) {
    this.registry = registry;
  }

  /** Whether these program arguments ask for the command line rather than the web application. */
  public static boolean isCommand(String[] args) {
    return CliArguments.isCommand(args);
  }

  /** Runs a command with UTF-8 standard streams and exits with its code. */
  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/tidtam/app/cli/logback-cli.xml");
    }
    if (List.of(args).contains("--debug")) {
      System.setProperty("tidtam.cli.log.level", "WARN");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int code = new TidtamCli().run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command; never throws, never exits. */
  public int run(String[] args, PrintStream out, PrintStream err) {
    Lang lang = CliArguments.langOf(args);
    boolean debug = List.of(args).contains("--debug");
    try {
      CliArguments cli = CliArguments.parse(args);
      return switch (cli.verb()) {
        case "forms" -> forms(cli, out);
        case "schema" -> schema(cli, out);
        case "sample" -> sample(cli, out);
        case "validate" -> validate(cli, out, err);
        case "render" -> render(cli, out, err);
        case "prefill" -> prefill(cli, out, err);
        case "lint" -> lint(cli, out, err);
        default -> help(out);
      };
    } catch (InvalidInput e) {
      e.violations().forEach(v -> err.println(line(v, lang)));
      return INVALID;
    } catch (SubmissionFormatException e) {
      e.violations().forEach(v -> err.println(line(v, lang)));
      return INVALID;
    } catch (JacksonException e) {
      err.println(t(lang, "ไฟล์ไม่ใช่ JSON ที่ถูกต้อง: ", "not valid JSON: ") + oneLine(e));
      trace(debug, e, err);
      return INVALID;
    } catch (CliException e) {
      err.println(t(lang, "ข้อผิดพลาด: ", "error: ") + e.message(lang));
      trace(debug, e, err);
      return FAILED;
    } catch (TemplateException e) {
      err.println(t(lang, "ข้อผิดพลาดในแม่แบบ: ", "template error: ") + e.getMessage());
      trace(debug, e, err);
      return FAILED;
    } catch (RuntimeException | IOException | Error e) {
      err.println(t(lang, "ข้อผิดพลาด: ", "error: ") + describe(e, lang));
      trace(debug, e, err);
      return FAILED;
    }
  }

  private int forms(CliArguments cli, PrintStream out) {
    Lang lang = cli.lang();
    for (FormPlugin<?> plugin : registry.get().all()) {
      out.println(
          plugin.id().value() + "\tv" + plugin.schemaVersion() + "\t" + plugin.title().in(lang));
    }
    return OK;
  }

  private int schema(CliArguments cli, PrintStream out) throws IOException {
    FormPlugin<?> plugin = plugin(cli.required("form"));
    emit(cli, out, JsonSchemaExporter.export(FormSchema.of(plugin)));
    return OK;
  }

  private int sample(CliArguments cli, PrintStream out) throws IOException {
    FormPlugin<?> plugin = plugin(cli.required("form"));
    SubmissionCodec codec = SubmissionCodec.create();
    emit(cli, out, codec.write(codec.sample(plugin)));
    return OK;
  }

  private int validate(CliArguments cli, PrintStream out, PrintStream err) throws IOException {
    Lang lang = cli.lang();
    Stage stage = cli.stage(Stage.SUBMIT);
    Loaded<?> loaded = load(cli);
    List<Violation> violations = new ArrayList<>();
    violations.addAll(FormValidator.create().validate(loaded.form(), stage));
    violations.addAll(loaded.crossChecks(context(cli)));
    report(violations, lang, err);
    out.println(
        t(lang, "ผ่านการตรวจสอบ: แบบ ", "valid: form ")
            + loaded.plugin().id().value()
            + (stage == Stage.SUBMIT
                ? t(lang, " (พร้อมส่ง)", " (ready to submit)")
                : t(lang, " (ฉบับร่าง)", " (draft)")));
    return OK;
  }

  private int render(CliArguments cli, PrintStream out, PrintStream err) throws IOException {
    Lang lang = cli.lang();
    Path target = Path.of(cli.required("out"));
    folderOf(target);
    Loaded<?> loaded = load(cli);
    report(FormValidator.create().validate(loaded.form(), cli.stage(Stage.DRAFT)), lang, err);
    EngineOptions engineOptions = EngineOptions.defaults();
    String font = cli.font();
    if (font != null && !font.isBlank()) {
      engineOptions = engineOptions.withFontFamily(font.strip());
    }
    FormDocuments documents = documents(cli, TemplateEngine.create(engineOptions));
    RenderOptions options = new RenderOptions(lang, cli.numerals(), LocalDate.now());
    byte[] docx = loaded.render(documents, context(cli), options);
    writeAtomically(target, docx);
    out.println(
        t(lang, "เขียนไฟล์ ", "wrote ")
            + target
            + " ("
            + String.format("%,d", docx.length)
            + t(lang, " ไบต์)", " bytes)"));
    return OK;
  }

  /**
   * Checks a form's template (its own, or the one given with {@code --template}) against the form's
   * schema and lists every problem with its location; exit 2 when there are problems.
   */
  private int lint(CliArguments cli, PrintStream out, PrintStream err) throws IOException {
    Lang lang = cli.lang();
    FormPlugin<?> plugin = plugin(cli.required("form"));
    String name = cli.option("template").orElse(plugin.templateName());
    try {
      documents(cli, TemplateEngine.create()).template(plugin);
    } catch (TemplateException e) {
      for (TemplateProblem p : e.problems()) {
        err.println(p.part() + " @ " + oneLine(p.location()) + ": " + oneLine(p.message()));
      }
      err.println(
          t(lang, "แม่แบบ ", "template ")
              + name
              + t(lang, " มีปัญหา ", " has ")
              + e.problems().size()
              + t(lang, " ข้อ", " problem(s)"));
      return INVALID;
    }
    out.println(
        t(lang, "แม่แบบใช้ได้: ", "template is valid: ")
            + name
            + t(lang, " (แบบ ", " (form ")
            + plugin.id()
            + ")");
    return OK;
  }

  /** The form documents, with the template of {@code --template} in place of the form's own. */
  private static FormDocuments documents(CliArguments cli, TemplateEngine engine)
      throws IOException {
    var file = cli.option("template");
    if (file.isEmpty()) {
      return FormDocuments.create(engine);
    }
    byte[] bytes = Files.readAllBytes(Path.of(file.get()));
    return new FormDocuments(engine, name -> bytes);
  }

  private int prefill(CliArguments cli, PrintStream out, PrintStream err) throws IOException {
    FormPlugin<?> plugin = plugin(cli.required("form"));
    PrefillRequest request =
        new PrefillRequest(cli.fiscalYear(), cli.round(), cli.required("unit"));
    SubmissionCodec codec = SubmissionCodec.create();
    SubmissionDocument draft =
        prefilled(plugin, request, context(cli), codec)
            .orElseThrow(
                () ->
                    new CliException(
                        "แบบ "
                            + plugin.id()
                            + " เติมข้อมูลล่วงหน้าให้หน่วย '"
                            + request.unitCode()
                            + "' ไม่ได้ (ไม่รู้จักหน่วยนี้ หรือแบบนี้ไม่มีการเติมล่วงหน้า)",
                        "form "
                            + plugin.id()
                            + " has no prefilled draft for unit '"
                            + request.unitCode()
                            + "' (unknown unit, or the form does not prefill)"));
    Loaded<?> loaded = Loaded.of(plugin, codec, draft);
    report(FormValidator.create().validate(loaded.form(), Stage.DRAFT), cli.lang(), err);
    emit(cli, out, codec.write(draft));
    return OK;
  }

  private static <F extends Record> Optional<SubmissionDocument> prefilled(
      FormPlugin<F> plugin, PrefillRequest request, FormContext context, SubmissionCodec codec) {
    return plugin.prefill(request, context).map(form -> codec.toDocument(plugin, form));
  }

  /**
   * The context a form sees beyond its own data: the submissions and catalog in the {@code
   * --context} folder, or the demo catalog alone.
   */
  private FormContext context(CliArguments cli) {
    return cli.option("context")
        .<FormContext>map(dir -> SubmissionService.create(registry.get()).context(Path.of(dir)))
        .orElseGet(() -> FormContext.of(Catalog.demoCatalog()));
  }

  private int help(PrintStream out) {
    out.print(
        """
        Tidtam (ติดตาม) — แบบรายงานติดตามการดำเนินงานตามนโยบาย สพฐ.

        วิธีใช้: java -jar tidtam.jar <คำสั่ง> [ตัวเลือก]
          forms                                   รายการแบบฟอร์มที่ติดตั้ง (รหัส รุ่น ชื่อ)
          schema   --form 7.2 [--out f.json]      JSON Schema ของแบบฟอร์ม
          sample   --form 7.2 [--out f.json]      ตัวอย่างข้อมูลของแบบฟอร์ม
          validate --form 7.2 --in x.json [--stage draft|submit] [--lang th|en]
                                                  ตรวจข้อมูล (ค่าเริ่มต้น: submit)
          render   --form 7.2 --in x.json --out x.docx [--lang th|en]
                   [--numerals arabic|thai|thai-text] [--font "TH Sarabun New"]
                   [--template my.docx]
                                                  สร้างเอกสาร Word
          lint     --form 7.2 [--template my.docx]     ตรวจแม่แบบกับโครงสร้างของแบบฟอร์ม
          prefill  --form 7.1 --year 2569 --round 12m --unit SUPERVISION [--out f.json]
                                                  ร่างแบบฟอร์มที่เติมข้อมูลที่มีอยู่แล้วให้
          --context dir/                          (validate, render, prefill) โฟลเดอร์ข้อมูลประกอบ:
                                                  catalog.json และแบบรายงานอื่น (*.json)
          help                                    แสดงวิธีใช้นี้
          --debug                                 แสดงรายละเอียดข้อผิดพลาด (stack trace)
        รหัสออก: 0 สำเร็จ, 2 ข้อมูลไม่ถูกต้อง (หนึ่งบรรทัดต่อหนึ่งข้อ: ตำแหน่ง: ข้อความ), 1 ข้อผิดพลาดอื่น
        ถ้าไม่ระบุ --form จะใช้แบบฟอร์มที่ระบุในไฟล์ข้อมูล

        Tidtam — follow-up reports on the implementation of OBEC policies.

        Usage: java -jar tidtam.jar <command> [options]
          forms       list the installed forms (id, schema version, title)
          schema      print a form's JSON Schema (--form, optional --out)
          sample      print a form's sample submission (--form, optional --out)
          validate    check a submission (--form, --in, --stage draft|submit (default submit),
                      --lang th|en)
          render      render a submission to Word (--form, --in, --out, --lang th|en,
                      --numerals arabic|thai|thai-text, --font "TH Sarabun New")
          lint        check a form's template, or another with --template, against the form
          prefill     print a draft with what is already known filled in (--form, --year,
                      --round 6m|12m|q1..q4, --unit group or school code, optional --out)
          --context   (validate, render, prefill) a folder with catalog.json (optional;
                      demo catalog otherwise) and other submissions (*.json), e.g. the
                      group's 7.2 reports for form 7.1
          help        show this help
          --debug     print stack traces of errors
        Exit codes: 0 done, 2 invalid input (one line per problem: path: message), 1 other error.
        Without --form, the form named in the input file is used.
        Without a command, the web application starts (http://localhost:8080).
        """);
    return OK;
  }

  private FormPlugin<?> plugin(String id) {
    return registry.get().get(id.strip());
  }

  private Loaded<?> load(CliArguments cli) throws IOException {
    Path in = Path.of(cli.required("in"));
    SubmissionCodec codec = SubmissionCodec.create();
    SubmissionDocument document;
    try (InputStream stream = Files.newInputStream(in)) {
      document = codec.read(stream);
    }
    FormPlugin<?> plugin = plugin(cli.option("form").orElse(document.form().value()));
    return Loaded.of(plugin, codec, document);
  }

  private static void report(List<Violation> violations, Lang lang, PrintStream err) {
    List<Violation> errors = violations.stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidInput(violations);
    }
    violations.forEach(v -> err.println(line(v, lang)));
  }

  private static void emit(CliArguments cli, PrintStream out, String text) throws IOException {
    var target = cli.option("out");
    if (target.isPresent()) {
      writeAtomically(Path.of(target.get()), text.getBytes(UTF_8));
    } else {
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
    }
  }

  /** Writes next to the target and moves into place, so a reader never sees half a file. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = folderOf(absolute);
    Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Path folderOf(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException("ไม่พบโฟลเดอร์ " + dir, "no such folder: " + dir);
    }
    return dir;
  }

  static String line(Violation v, Lang lang) {
    String path = v.path().isEmpty() ? t(lang, "(แบบฟอร์ม)", "(form)") : v.path();
    String warning = v.severity() == Severity.WARNING ? t(lang, " (คำเตือน)", " (warning)") : "";
    return path + ": " + oneLine(v.text(lang)) + warning;
  }

  private static String describe(Throwable e, Lang lang) {
    if (e instanceof NoSuchFileException f) {
      return t(lang, "ไม่พบไฟล์ ", "file not found: ") + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return t(lang, "ไม่มีสิทธิ์เข้าถึงไฟล์ ", "access denied: ") + f.getFile();
    }
    if ((e instanceof IllegalArgumentException || e instanceof IllegalStateException)
        && e.getMessage() != null) {
      return oneLine(e.getMessage());
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
  }

  private static String oneLine(Throwable e) {
    String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
    return oneLine(message == null ? e.getClass().getSimpleName() : message);
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static void trace(boolean debug, Throwable e, PrintStream err) {
    if (debug) {
      e.printStackTrace(err);
    }
  }

  private static String t(Lang lang, String th, String en) {
    return LocalizedText.of(th, en).in(lang);
  }

  /** A submission read into its plugin's record type. */
  private record Loaded<F extends Record>(FormPlugin<F> plugin, F form) {

    static <F extends Record> Loaded<F> of(
        FormPlugin<F> plugin, SubmissionCodec codec, SubmissionDocument document) {
      return new Loaded<>(plugin, codec.toForm(plugin, document));
    }

    byte[] render(FormDocuments documents, FormContext context, RenderOptions options) {
      return documents.render(plugin, form, context, options);
    }

    List<Violation> crossChecks(FormContext context) {
      return plugin.crossChecks(form, context);
    }
  }

  /** Violations that stop a command; one line each, exit code 2. */
  private static final class InvalidInput extends RuntimeException {
    private final List<Violation> violations;

    InvalidInput(List<Violation> violations) {
      super(violations.size() + " violation(s)", null, false, false);
      this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
      return violations;
    }
  }
}
