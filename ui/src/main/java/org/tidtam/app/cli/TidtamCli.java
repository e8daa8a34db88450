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
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.PrefillRequest;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.report.TocRefresh;
import org.tidtam.schema.FormRegistry;
import org.tidtam.schema.FormSchema;
import org.tidtam.schema.JsonSchemaExporter;
import org.tidtam.submission.Reading;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionFormatException;
import org.tidtam.submission.SubmissionService;
import org.tidtam.submission.SubmissionStore;
import org.tidtam.template.EngineOptions;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderModel;
import org.tidtam.template.RenderOptions;
import org.tidtam.template.Template;
import org.tidtam.template.TemplateEngine;
import org.tidtam.template.TemplateException;
import org.tidtam.template.TemplateProblem;
import org.tidtam.template.Vocabulary;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line: lists the installed forms, exports their JSON Schema and sample, validates,
 * prefills and renders a submission, and checks templates. It only parses arguments and prints:
 * reading, checking, prefilling and rendering are {@link SubmissionService}'s (no web server, no
 * Spring). Scripts and template authors rely on its exit codes: 0 done, 2 invalid input, 1 anything
 * else, always with one line per problem.
 */
public final class TidtamCli {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int INVALID = 2;

  private final Supplier<FormRegistry> registries;

  public TidtamCli() {
    this(FormRegistry::load);
  }

  TidtamCli(Supplier<FormRegistry> registries) {
    this.registries = registries;
  }

  /**
   * Whether these program arguments ask for the command line rather than the web application: the
   * web application starts only with no arguments or with {@code serve} first.
   */
  public static boolean isCommand(String[] args) {
    return CliArguments.isCommand(args);
  }

  /** The arguments to start the web application with (those after {@code serve}). */
  public static String[] serverArguments(String[] args) {
    return CliArguments.serverArguments(args);
  }

  /** Runs a command with UTF-8 standard streams and exits with its code. */
  public static void main(String[] args) {
    quietLogging(List.of(args).contains("--debug"));
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int code = new TidtamCli().run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The libraries' logging: none, so that starting a command does not pay for setting up a logging
   * framework (a command reports its own failures); with {@code --debug}, their warnings and errors
   * on standard error. Either way standard output carries nothing but the command's result.
   */
  private static void quietLogging(boolean debug) {
    // Hibernate Validator logs through SLF4J rather than probing for Log4j first
    setIfAbsent("org.jboss.logging.provider", "slf4j");
    if (debug) {
      setIfAbsent("logback.configurationFile", "org/tidtam/app/cli/logback-cli.xml");
      setIfAbsent("tidtam.cli.log.level", "WARN");
    } else {
      setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      setIfAbsent("slf4j.internal.verbosity", "WARN");
    }
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Runs one command; never throws, never exits. */
  public int run(String[] args, PrintStream out, PrintStream err) {
    Lang lang = CliArguments.langOf(args);
    boolean debug = List.of(args).contains("--debug");
    try {
      CliArguments cli = CliArguments.parse(args);
      Services services = new Services(registries);
      return switch (cli.verb()) {
        case "forms" -> forms(cli, services, out);
        case "schema" -> schema(cli, services, out);
        case "sample" -> sample(cli, services, out);
        case "validate" -> validate(cli, services, out, err);
        case "render" -> render(cli, services, out, err);
        case "prefill" -> prefill(cli, services, out, err);
        case "lint" -> lint(cli, services, out, err);
        case "new-form" -> NewForm.run(args, out, err);
        case "report" -> report(cli, services, out, err);
        case "office-form" -> officeForm(cli, services, out);
        case "provenance" -> ProvenanceCommand.run(cli, out, err);
        case "demo" -> DemoCommand.run(cli, services.service(), out);
        case "version" -> version(out);
        default -> help(out, cli.lang());
      };
    } catch (CliException e) {
      err.println(t(lang, "ข้อผิดพลาด: ", "error: ") + e.message(lang));
      trace(debug, e, err);
      return FAILED;
    } catch (SubmissionFormatException e) {
      e.violations().forEach(v -> err.println(line(v, lang)));
      trace(debug, e, err);
      return INVALID;
    } catch (JacksonException e) {
      err.println(t(lang, "ไฟล์ไม่ใช่ JSON ที่ถูกต้อง: ", "not valid JSON: ") + oneLine(e));
      trace(debug, e, err);
      return INVALID;
    } catch (TemplateException e) {
      err.println(t(lang, "ข้อผิดพลาดในแม่แบบ: ", "template error: ") + e.text(lang));
      trace(debug, e, err);
      return FAILED;
    } catch (LocalizedException e) {
      err.println(t(lang, "ข้อผิดพลาด: ", "error: ") + e.text(lang));
      trace(debug, e, err);
      return FAILED;
    } catch (RuntimeException | IOException | Error e) {
      err.println(t(lang, "ข้อผิดพลาด: ", "error: ") + describe(e, lang));
      trace(debug, e, err);
      return FAILED;
    }
  }

  // ---- the verbs

  private int forms(CliArguments cli, Services services, PrintStream out) {
    Lang lang = cli.lang();
    for (FormPlugin<?> plugin : services.registry().all()) {
      out.println(
          plugin.id().value() + "\tv" + plugin.schemaVersion() + "\t" + plugin.title().in(lang));
    }
    return OK;
  }

  private int schema(CliArguments cli, Services services, PrintStream out) throws IOException {
    FormPlugin<?> plugin = plugin(services.registry(), cli.required("form"));
    emit(cli, out, JsonSchemaExporter.export(FormSchema.of(plugin)));
    return OK;
  }

  private int sample(CliArguments cli, Services services, PrintStream out) throws IOException {
    SubmissionService service = services.service();
    FormPlugin<?> plugin = plugin(service.registry(), cli.required("form"));
    emit(cli, out, service.write(service.sample(plugin).document()));
    return OK;
  }

  private int validate(CliArguments cli, Services services, PrintStream out, PrintStream err)
      throws IOException {
    Lang lang = cli.lang();
    Stage stage = cli.stage(Stage.SUBMIT);
    SubmissionService service = services.service();
    Reading reading = read(cli, service);
    if (!reading.ok()) {
      return invalid(reading.problems(), lang, err);
    }
    Submission<?> submission = reading.orElseThrow();
    List<Violation> found = service.check(submission, stage, context(cli, service));
    if (hasErrors(found)) {
      return invalid(found, lang, err);
    }
    found.forEach(v -> err.println(line(v, lang)));
    out.println(
        t(lang, "ผ่านการตรวจสอบ: แบบ ", "valid: form ")
            + submission.formId().value()
            + (stage == Stage.SUBMIT
                ? t(lang, " (พร้อมส่ง)", " (ready to submit)")
                : t(lang, " (ฉบับร่าง)", " (draft)")));
    return OK;
  }

  /**
   * Renders a submission that passes the check of its stage (draft unless {@code --stage submit}):
   * prints its warnings and, for a draft, what would still keep it from being submitted, and writes
   * the document all the same.
   */
  private int render(CliArguments cli, Services services, PrintStream out, PrintStream err)
      throws IOException {
    if (cli.option("data").isPresent()) {
      return renderWithoutForm(cli, out, err);
    }
    Lang lang = cli.lang();
    Stage stage = cli.stage(Stage.DRAFT);
    Path target = outputFile(cli.required("out"));
    prepareWordLibrary();
    RenderOptions options = new RenderOptions(lang, cli.numerals(), LocalDate.now());
    SubmissionService service = withTemplate(cli, withFont(cli, services.service()));
    Reading reading = read(cli, service);
    if (!reading.ok()) {
      return invalid(reading.problems(), lang, err);
    }
    Submission<?> submission = reading.orElseThrow();
    FormContext context = context(cli, service);
    List<Violation> found = service.check(submission, stage, context);
    if (hasErrors(found)) {
      return invalid(found, lang, err);
    }
    found.forEach(v -> err.println(line(v, lang)));
    if (stage == Stage.DRAFT) {
      List<Violation> blockers =
          service.check(submission, Stage.SUBMIT, context).stream()
              .filter(Violation::isError)
              .toList();
      if (!blockers.isEmpty()) {
        err.println(
            t(lang, "ยังส่งไม่ได้ (", "cannot be submitted yet (")
                + blockers.size()
                + t(lang, " ข้อ):", " problem(s)):"));
        blockers.forEach(v -> err.println("  " + line(v, lang)));
      }
    }
    byte[] docx = service.render(submission, context, options);
    return written(target, docx, lang, out);
  }

  /**
   * Renders any template with any JSON data, no form involved: the template's paths are checked
   * against the data's shape unless {@code --no-lint}.
   */
  private int renderWithoutForm(CliArguments cli, PrintStream out, PrintStream err)
      throws IOException {
    Lang lang = cli.lang();
    Path template = inputFile("template", cli.required("template"));
    JsonNode data = jsonData(cli);
    Path target = outputFile(cli.required("out"));
    TemplateEngine engine = TemplateEngine.create(engineOptions(cli));
    byte[] bytes = Files.readAllBytes(template);
    String name = template.getFileName().toString();
    Template compiled;
    try {
      compiled =
          cli.option("no-lint").isPresent()
              ? engine.compile(name, bytes)
              : engine.compile(name, bytes, Vocabulary.ofJson(data));
    } catch (TemplateException e) {
      return templateProblems(name, e.problems(), lang, err);
    }
    byte[] docx =
        compiled.render(
            RenderModel.ofJson(data), new RenderOptions(lang, cli.numerals(), LocalDate.now()));
    return written(target, ProvenanceCommand.stamp(docx, name, bytes, data), lang, out);
  }

  /** Checks a template on its own, or against the shape of a JSON data file. */
  private int lintWithoutForm(CliArguments cli, PrintStream out, PrintStream err)
      throws IOException {
    Lang lang = cli.lang();
    Path template = inputFile("template", cli.required("template"));
    Vocabulary vocabulary =
        cli.option("data").isPresent() ? Vocabulary.ofJson(jsonData(cli)) : Vocabulary.any();
    String name = template.getFileName().toString();
    List<TemplateProblem> problems =
        TemplateEngine.create().lint(name, Files.readAllBytes(template), vocabulary);
    if (!problems.isEmpty()) {
      return templateProblems(name, problems, lang, err);
    }
    out.println(t(lang, "แม่แบบใช้ได้: ", "template is valid: ") + name);
    return OK;
  }

  private static int templateProblems(
      String name, List<TemplateProblem> problems, Lang lang, PrintStream err) {
    for (TemplateProblem p : problems) {
      err.println(
          p.part() + " @ " + oneLine(p.location().in(lang)) + ": " + oneLine(p.message().in(lang)));
    }
    err.println(
        t(lang, "แม่แบบ ", "template ")
            + name
            + t(lang, " มีปัญหา ", " has ")
            + problems.size()
            + t(lang, " ข้อ", " problem(s)"));
    return INVALID;
  }

  private static JsonNode jsonData(CliArguments cli) throws IOException {
    Path file = inputFile("data", cli.required("data"));
    JsonNode data = JsonMapper.builder().build().readTree(Files.readString(file, UTF_8));
    if (data == null || !data.isObject()) {
      throw new CliException(
          "ข้อมูลใน " + file + " ต้องเป็นออบเจกต์ JSON",
          "the data in " + file + " must be a JSON object");
    }
    return data;
  }

  /**
   * Checks a form's template (its own, or the one given with {@code --template}) against the form's
   * schema and lists every problem with its location; exit 2 when there are problems.
   */
  private int lint(CliArguments cli, Services services, PrintStream out, PrintStream err)
      throws IOException {
    if (cli.option("form").isEmpty() && cli.option("template").isPresent()) {
      return lintWithoutForm(cli, out, err);
    }
    Lang lang = cli.lang();
    prepareWordLibrary();
    SubmissionService service = withTemplate(cli, services.service());
    FormPlugin<?> plugin = plugin(service.registry(), cli.required("form"));
    String name = cli.option("template").orElse(plugin.templateName());
    try {
      service.template(plugin);
    } catch (TemplateException e) {
      return templateProblems(name, e.problems(), lang, err);
    }
    out.println(
        t(lang, "แม่แบบใช้ได้: ", "template is valid: ")
            + name
            + t(lang, " (แบบ ", " (form ")
            + plugin.id()
            + ")");
    return OK;
  }

  private int prefill(CliArguments cli, Services services, PrintStream out, PrintStream err)
      throws IOException {
    Lang lang = cli.lang();
    SubmissionService service = services.service();
    FormPlugin<?> plugin = plugin(service.registry(), cli.required("form"));
    PrefillRequest request =
        new PrefillRequest(cli.fiscalYear(), cli.round(), cli.required("unit"));
    FormContext context = context(cli, service);
    Submission<?> draft =
        service
            .prefill(plugin, request, context)
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
    List<Violation> found = service.check(draft, Stage.DRAFT, context);
    if (hasErrors(found)) {
      return invalid(found, lang, err);
    }
    found.forEach(v -> err.println(line(v, lang)));
    emit(cli, out, service.write(draft.document()));
    return OK;
  }

  /**
   * Assembles the annual report of a fiscal year from the submissions of the {@code --context}
   * folder; with LibreOffice installed its table of contents is filled with page numbers (and
   * {@code --pdf} writes the PDF next to it), without it Word fills them when the file is opened.
   */
  private int report(CliArguments cli, Services services, PrintStream out, PrintStream err)
      throws IOException {
    Lang lang = cli.lang();
    int year = cli.fiscalYear();
    Path folder = contextFolder(cli.required("context"));
    Path target = outputFile(cli.required("out"));
    boolean thaiDigits = cli.numerals() != Numerals.ARABIC;
    boolean pdf = cli.option("pdf").isPresent();
    if (pdf && !TocRefresh.available()) {
      throw new CliException(
          "--pdf ต้องติดตั้ง LibreOffice (soffice และ python3-uno) ซึ่งไม่พบในเครื่องนี้",
          "--pdf needs LibreOffice (soffice and python3-uno), which is not installed");
    }
    prepareWordLibrary();
    byte[] docx = AnnualReportCommand.assemble(services.service(), folder, year, thaiDigits);
    TocRefresh.Refreshed refreshed = TocRefresh.withDefaults().refresh(docx, pdf);
    if (!refreshed.refreshed()) {
      err.println(
          t(
              lang,
              "ไม่พบ LibreOffice: สารบัญจะแสดงเลขหน้าเมื่อเปิดไฟล์ใน Word (ตอบ \"ใช่\" เมื่อถามให้ปรับปรุงเขตข้อมูล)",
              "LibreOffice is not installed: the table of contents gets its page numbers when Word"
                  + " opens the file (answer \"yes\" when it asks to update fields)"));
    }
    written(target, refreshed.docx(), lang, out);
    if (pdf) {
      written(pdfOf(target), refreshed.pdfBytes().orElseThrow(), lang, out);
    }
    return OK;
  }

  /**
   * The office's own form of a fiscal year, combined from its units' forms of the 12-month round in
   * the {@code --context} folder (the office's 7.1 from the groups' 7.1), as one Word document.
   */
  private int officeForm(CliArguments cli, Services services, PrintStream out) throws IOException {
    Lang lang = cli.lang();
    FormPlugin<?> plugin = plugin(services.registry(), cli.required("form"));
    int year = cli.fiscalYear();
    Path folder = contextFolder(cli.required("context"));
    Path target = outputFile(cli.required("out"));
    prepareWordLibrary();
    byte[] docx =
        AnnualReportCommand.officeForm(
                services.service(), plugin, folder, year, cli.numerals() != Numerals.ARABIC)
            .orElseThrow(
                () ->
                    new CliException(
                        "แบบ " + plugin.id() + " ไม่มีแบบระดับสำนักงาน",
                        "form " + plugin.id() + " has no office-level form"));
    return written(target, docx, lang, out);
  }

  /** The PDF next to a Word file: {@code report.docx} gives {@code report.pdf}. */
  static Path pdfOf(Path docx) {
    String name = docx.getFileName().toString();
    String base =
        name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
            ? name.substring(0, name.length() - ".docx".length())
            : name;
    return docx.resolveSibling(base + ".pdf");
  }

  private int version(PrintStream out) {
    out.println("tidtam " + version());
    return OK;
  }

  /** The program's version: the jar manifest's, or the build's when run from classes. */
  static String version() {
    String version = TidtamCli.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try (InputStream in = TidtamCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "?");
      }
    } catch (IOException e) {
      // reported as unknown below
    }
    return "?";
  }

  /** The usage: Thai first then English, or English only with {@code --lang en}. */
  private int help(PrintStream out, Lang lang) {
    if (lang == Lang.TH) {
      out.print(HELP_TH);
      out.println();
    }
    out.print(HELP_EN);
    return OK;
  }

  /**
   * What a command uses, made when first needed: listing the forms needs only the registry, not the
   * validator, reader and template engine of the service.
   */
  private static final class Services {
    private final Supplier<FormRegistry> registries;
    private @Nullable FormRegistry registry;
    private @Nullable SubmissionService service;

    Services(Supplier<FormRegistry> registries) {
      this.registries = registries;
    }

    FormRegistry registry() {
      if (registry == null) {
        registry = registries.get();
      }
      return registry;
    }

    SubmissionService service() {
      if (service == null) {
        service = SubmissionService.create(registry());
      }
      return service;
    }
  }

  private static final String HELP_TH =
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
                                                  สร้างเอกสาร Word (แสดงคำเตือน
                                                  และสิ่งที่ยังขาดก่อนส่ง)
          lint     --form 7.2 [--template my.docx]     ตรวจแม่แบบกับโครงสร้างของแบบฟอร์ม
          render   --template t.docx --data d.json --out x.docx [--no-lint]
                                                  สร้างเอกสารจากแม่แบบใดก็ได้กับข้อมูล JSON
          lint     --template t.docx [--data d.json]   ตรวจแม่แบบที่ไม่ใช่ของแบบฟอร์ม
          prefill  --form 7.1 --year 2569 --round 12m --unit SUPERVISION [--out f.json]
                                                  ร่างแบบฟอร์มที่เติมข้อมูลที่มีอยู่แล้วให้
          report   --year 2569 --context dir/ --out report.docx [--pdf] [--numerals thai]
                                                  รายงานผลการดำเนินงานประจำปีจากแบบรายงานในโฟลเดอร์
                                                  (--pdf ต้องติดตั้ง LibreOffice)
          office-form --form 7.1 --year 2569 --context dir/ --out office-7.1.docx
                   [--numerals thai]
                                                  แบบระดับสำนักงานที่รวมจากแบบของกลุ่มในโฟลเดอร์
                                                  (รอบ 12 เดือน) เช่น แบบ 7.1 ของสำนักงาน
          provenance x.docx [--json]              แสดงที่มาของเอกสารที่สร้าง: แบบรายงาน รุ่น แม่แบบ
                                                  เวลาที่สร้าง และแฮชของข้อมูล
          demo     --out dir/ [--schools 210] [--projects 60] [--year 2569] [--seed 1]
                                                  ข้อมูลสาธิตทั้งปี: ทะเบียนและแบบรายงานรอบ 6 และ 12
                                                  เดือนของทุกโรงเรียน กลุ่ม และโครงการ (ใช้กับ report)
          new-form --id 7.4 --name district-report [--title-th ...] [--title-en ...]
                   [--package org.tidtam.forms.x] [--root .]
                                                  สร้างโมดูลปลั๊กอินแบบฟอร์มใหม่
          --context dir/                          (validate, render, prefill) โฟลเดอร์ข้อมูลประกอบ:
                                                  catalog.json และแบบรายงานอื่น (*.json)
          version                                 รุ่นของโปรแกรม
          serve                                   เริ่มเว็บแอปพลิเคชัน (เหมือนไม่ระบุคำสั่ง)
          help                                    แสดงวิธีใช้นี้
          --debug                                 แสดงรายละเอียดข้อผิดพลาด (stack trace)
        รหัสออก: 0 สำเร็จ, 2 ข้อมูลไม่ถูกต้อง (หนึ่งบรรทัดต่อหนึ่งข้อ: ตำแหน่ง: ข้อความ), 1 ข้อผิดพลาดอื่น
        ถ้าไม่ระบุ --form จะใช้แบบฟอร์มที่ระบุในไฟล์ข้อมูล
        ถ้าไม่ระบุคำสั่ง หรือระบุ serve จะเริ่มเว็บแอปพลิเคชัน (http://localhost:8080)
        """;

  private static final String HELP_EN =
      """
        Tidtam — follow-up reports on the implementation of OBEC policies.

        Usage: java -jar tidtam.jar <command> [options]
          forms       list the installed forms (id, schema version, title)
          schema      print a form's JSON Schema (--form, optional --out)
          sample      print a form's sample submission (--form, optional --out)
          validate    check a submission (--form, --in, --stage draft|submit (default submit),
                      --lang th|en)
          render      render a submission to Word (--form, --in, --out, --lang th|en,
                      --numerals arabic|thai|thai-text, --font "TH Sarabun New"); prints its
                      warnings and what still keeps it from being submitted
          lint        check a form's template, or another with --template, against the form
          render --template t.docx --data d.json --out x.docx [--no-lint]
                      render any template with any JSON data, no form needed
          lint --template t.docx [--data d.json]
                      check a template on its own or against the shape of JSON data
          prefill     print a draft with what is already known filled in (--form, --year,
                      --round 6m|12m|q1..q4, --unit group or school code, optional --out)
          report      assemble the annual report of a fiscal year from the submissions of a
                      folder (--year, --context, --out, optional --pdf with LibreOffice,
                      --numerals thai)
          office-form the office's own form of a fiscal year combined from its units' forms
                      of the 12-month round in a folder, e.g. the office's 7.1 from the
                      groups' 7.1 (--form, --year, --context, --out, optional --numerals thai)
          provenance  print where a generated document came from: submissions, versions,
                      template, generation time and data hash (provenance x.docx, --json)
          demo        write a year of demo data into a new folder (--out, optional --schools
                      1-2000 (210), --projects 1-500 (60), --year (2569), --seed): the catalog
                      and the 6- and 12-month reports of every school, group and project
          new-form    create a new form plugin module (--id 7.4, --name district-report,
                      optional --title-th, --title-en, --package, --root)
          --context   (validate, render, prefill) a folder with catalog.json (optional;
                      demo catalog otherwise) and other submissions (*.json), e.g. the
                      group's 7.2 reports for form 7.1
          version     print the program's version
          serve       start the web application (as with no command)
          help        show this help
          --debug     print stack traces of errors
        Exit codes: 0 done, 2 invalid input (one line per problem: path: message), 1 other error.
        Without --form, the form named in the input file is used.
        Without a command, or with serve, the web application starts (http://localhost:8080).
        """;

  // ---- what the verbs share

  /** The Word library's XML bindings, which compiling a template needs and is slow to set up. */
  private static final String WORD_BINDINGS = "org.docx4j.jaxb.Context";

  /**
   * Starts setting up the Word library's XML bindings on another thread, so that it overlaps with
   * reading and checking the submission instead of following it; compiling the template then waits
   * for it. A failure here surfaces when the template is compiled.
   */
  private static void prepareWordLibrary() {
    Thread.ofPlatform()
        .daemon()
        .name("word-library")
        .start(
            () -> {
              try {
                Class.forName(WORD_BINDINGS, true, TidtamCli.class.getClassLoader());
              } catch (ClassNotFoundException | LinkageError e) {
                // reported when the template is compiled
              }
            });
  }

  /** The plugin of {@code --form}; an unknown id names the known ones. */
  private static FormPlugin<?> plugin(FormRegistry registry, String id) {
    String wanted = id.strip();
    return registry
        .find(wanted)
        .orElseThrow(
            () -> {
              String known =
                  registry.all().stream()
                      .map(p -> p.id().value())
                      .collect(Collectors.joining(", "));
              return new CliException(
                  "ไม่พบแบบฟอร์มรหัส \"" + wanted + "\" (มี: " + known + ")",
                  "unknown form \"" + wanted + "\" (known: " + known + ")");
            });
  }

  /** Reads {@code --in} as the form of {@code --form}, or as the form its envelope names. */
  private static Reading read(CliArguments cli, SubmissionService service) throws IOException {
    Path in = inputFile("in", cli.required("in"));
    String formId =
        cli.option("form").map(id -> plugin(service.registry(), id).id().value()).orElse(null);
    return service.read(new String(Files.readAllBytes(in), UTF_8), formId);
  }

  /**
   * What a form sees beyond its own data: the catalog and submissions of the {@code --context}
   * folder, or the demo catalog alone.
   */
  private static FormContext context(CliArguments cli, SubmissionService service) {
    var folder = cli.option("context");
    if (folder.isEmpty()) {
      return service.context(Catalog.demoCatalog(), SubmissionStore.empty());
    }
    Path dir = Path.of(folder.get());
    if (!Files.isDirectory(dir)) {
      throw new CliException(
          "--context " + dir + ": ไม่พบโฟลเดอร์", "--context " + dir + ": no such folder");
    }
    return service.context(dir);
  }

  /** The folder of {@code --context}, which must exist. */
  private static Path contextFolder(String name) {
    Path dir = Path.of(name);
    if (!Files.isDirectory(dir)) {
      throw new CliException(
          "--context " + dir + ": ไม่พบโฟลเดอร์", "--context " + dir + ": no such folder");
    }
    return dir;
  }

  /** The service writing with the font of {@code --font}. */
  private static SubmissionService withFont(CliArguments cli, SubmissionService service) {
    String font = cli.font();
    return font == null || font.isBlank() ? service : service.withEngine(engineOptions(cli));
  }

  /** The engine's options: the font of {@code --font} on every style and run, if given. */
  private static EngineOptions engineOptions(CliArguments cli) {
    String font = cli.font();
    return font == null || font.isBlank()
        ? EngineOptions.defaults()
        : EngineOptions.defaults().withFontFamily(font.strip()).withForcedDefaults(true);
  }

  /** Writes a rendered document into place and says so. */
  private static int written(Path target, byte[] docx, Lang lang, PrintStream out)
      throws IOException {
    writeAtomically(target, docx);
    out.println(
        t(lang, "เขียนไฟล์ ", "wrote ")
            + target
            + " ("
            + String.format("%,d", docx.length)
            + t(lang, " ไบต์)", " bytes)"));
    return OK;
  }

  /** The service with the template of {@code --template} in place of the form's own. */
  private static SubmissionService withTemplate(CliArguments cli, SubmissionService service)
      throws IOException {
    var file = cli.option("template");
    if (file.isEmpty()) {
      return service;
    }
    byte[] bytes = Files.readAllBytes(inputFile("template", file.get()));
    return service.withTemplates(name -> bytes);
  }

  /** A file to read: a folder or a missing file is the user's mistake, said plainly. */
  private static Path inputFile(String option, String name) {
    Path file = Path.of(name);
    if (Files.isDirectory(file)) {
      throw new CliException(
          "--" + option + " " + file + " เป็นโฟลเดอร์ ต้องเป็นไฟล์",
          "--" + option + " " + file + " is a folder, not a file");
    }
    if (!Files.exists(file)) {
      throw new CliException("ไม่พบไฟล์ " + file, "file not found: " + file);
    }
    return file;
  }

  /** A file to write: not a folder, in a folder that exists. */
  private static Path outputFile(String name) {
    Path file = Path.of(name);
    if (Files.isDirectory(file)) {
      throw new CliException(
          "--out " + file + " เป็นโฟลเดอร์ ต้องเป็นชื่อไฟล์",
          "--out " + file + " is a folder, not a file name");
    }
    folderOf(file);
    return file;
  }

  private static boolean hasErrors(List<Violation> violations) {
    return violations.stream().anyMatch(Violation::isError);
  }

  /** Prints every problem, one line each, and gives the exit code of invalid input. */
  private static int invalid(List<Violation> violations, Lang lang, PrintStream err) {
    violations.forEach(v -> err.println(line(v, lang)));
    return INVALID;
  }

  private static void emit(CliArguments cli, PrintStream out, String text) throws IOException {
    var target = cli.option("out");
    if (target.isPresent()) {
      writeAtomically(outputFile(target.get()), text.getBytes(UTF_8));
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
}
