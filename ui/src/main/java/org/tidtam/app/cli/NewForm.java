package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;

/**
 * The {@code new-form} command: creates a compiling form plugin module under {@code
 * forms-plugins/<name>} (record, choice, table row, plugin, messages in three bundles, sample,
 * starter Word template, harness test) and adds it to the three module lists (the {@code
 * forms-plugins} modules, the root {@code dependencyManagement} and the application's
 * dependencies). It never overwrites: an existing module or a form id already taken is refused
 * before anything is written.
 *
 * <p>The generated files come from the resources in {@code newform/} next to this class, with
 * {@code ${...}} placeholders; the Word template is copied as authored.
 */
public final class NewForm {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int INVALID = 2;

  private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
  private static final Set<String> OPTIONS =
      Set.of("id", "name", "package", "title-th", "title-en", "root");
  private static final Set<String> RESERVED_CLASSES = Set.of("Activity", "Progress");
  private static final String RESOURCES = "newform/";

  private final Path root;
  private final FormId id;
  private final String moduleName;
  private final String javaPackage;
  private final String titleTh;
  private final String titleEn;
  private final String formClass;

  private NewForm(
      Path root, FormId id, String moduleName, String javaPackage, String titleTh, String titleEn) {
    this.root = root;
    this.id = id;
    this.moduleName = moduleName;
    this.javaPackage = javaPackage;
    this.titleTh = titleTh;
    this.titleEn = titleEn;
    this.formClass = className(moduleName);
  }

  /** What the command did: the module, the files it created and the module lists it edited. */
  public record Created(Path module, List<Path> files, List<String> edits) {

    /** The report printed for users, Thai first, each line followed by its English. */
    public List<String> lines(Path root) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "สร้างโมดูล "
              + rel(root, module)
              + " แล้ว "
              + files.size()
              + " ไฟล์ (created module "
              + rel(root, module)
              + ", "
              + files.size()
              + " files):");
      files.forEach(f -> lines.add("  " + rel(root, f)));
      lines.add("แก้ไขรายการโมดูล (edited the module lists):");
      edits.forEach(e -> lines.add("  " + e));
      lines.add(
          "ขั้นต่อไป: แก้ระเบียนข้อมูล ข้อความ ตัวอย่าง และแม่แบบ แล้วสั่ง"
              + " (next: edit the record, messages, sample and template, then run)");
      lines.add("  ./mvnw -B -ntp -pl " + rel(root, module) + " -am verify");
      return lines;
    }

    private static String rel(Path root, Path p) {
      return root.toAbsolutePath()
          .normalize()
          .relativize(p.toAbsolutePath().normalize())
          .toString()
          .replace('\\', '/');
    }
  }

  /** A request the command refuses, with a one-line message in Thai and English. */
  public static final class Refused extends RuntimeException {
    Refused(String th, String en) {
      super(th + " (" + en + ")");
    }
  }

  /**
   * Creates the module {@code forms-plugins/<moduleName>} of form {@code formId} in the repository
   * at {@code repositoryRoot} and adds it to the three module lists.
   *
   * @param javaPackage the plugin's package; {@code null} or blank for {@code
   *     org.tidtam.forms.<name without dashes>}
   * @param titleTh the form's Thai title; {@code null} or blank for "แบบ <id>"
   * @param titleEn the form's English title; {@code null} or blank for "Form <id>"
   * @throws Refused when the module or the id exists, or an argument is malformed; nothing is
   *     written then
   */
  public static Created create(
      Path repositoryRoot,
      String formId,
      String moduleName,
      @Nullable String javaPackage,
      @Nullable String titleTh,
      @Nullable String titleEn) {
    return create(
        repositoryRoot,
        formId,
        moduleName,
        javaPackage,
        titleTh,
        titleEn,
        installedIds(FormRegistry.load()));
  }

  /** The same, refusing also the ids in {@code takenIds} (the forms installed elsewhere). */
  public static Created create(
      Path repositoryRoot,
      String formId,
      String moduleName,
      @Nullable String javaPackage,
      @Nullable String titleTh,
      @Nullable String titleEn,
      Set<String> takenIds) {
    FormId id = formId(formId);
    String name = moduleName == null ? "" : moduleName.strip();
    if (!MODULE_NAME.matcher(name).matches()) {
      throw new Refused(
          "ชื่อโมดูลต้องเป็นอักษรละตินตัวเล็ก ตัวเลข และขีด เช่น district-report: '" + name + "'",
          "the module name takes lower-case letters, digits and dashes, e.g. district-report: '"
              + name
              + "'");
    }
    String pkg =
        blank(javaPackage) ? "org.tidtam.forms." + name.replace("-", "") : javaPackage.strip();
    if (!SourceVersion.isName(pkg) || pkg.startsWith("java.") || !pkg.equals(pkg.toLowerCase())) {
      throw new Refused(
          "ชื่อแพ็กเกจ Java ไม่ถูกต้อง: '" + pkg + "'",
          "not a valid lower-case Java package name: '" + pkg + "'");
    }
    String th = blank(titleTh) ? "แบบ " + id.value() : oneLine(titleTh, "title-th");
    String en = blank(titleEn) ? "Form " + id.value() : oneLine(titleEn, "title-en");
    NewForm form = new NewForm(repositoryRoot.toAbsolutePath().normalize(), id, name, pkg, th, en);
    if (RESERVED_CLASSES.contains(form.formClass)) {
      throw new Refused(
          "ชื่อโมดูล " + name + " ตรงกับชื่อคลาสที่โครงตั้งต้นใช้อยู่แล้ว",
          "the module name " + name + " clashes with a class of the starter form");
    }
    return form.write(takenIds);
  }

  /**
   * Runs the command with its options ({@code --id 7.4 --name district-report [--package p]
   * [--title-th t] [--title-en t] [--root dir]}); a leading {@code new-form} verb is skipped.
   * Returns 0 when the module was created, 2 when the request is refused, 1 on a failure to write.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Map<String, String> options = options(args);
      Path root = Path.of(options.getOrDefault("root", "."));
      Created created =
          create(
              root,
              required(options, "id"),
              required(options, "name"),
              options.get("package"),
              options.get("title-th"),
              options.get("title-en"));
      created.lines(root).forEach(out::println);
      return OK;
    } catch (Refused e) {
      err.println("ข้อผิดพลาด: " + e.getMessage());
      return INVALID;
    } catch (UncheckedIOException e) {
      err.println(
          "ข้อผิดพลาด: เขียนไฟล์ไม่ได้ (error: could not write): " + e.getCause().getMessage());
      return FAILED;
    } catch (RuntimeException e) {
      err.println("ข้อผิดพลาด (error): " + e);
      return FAILED;
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    int start = args.length > 0 && args[0].equals("new-form") ? 1 : 0;
    for (int i = start; i < args.length; i++) {
      String arg = args[i];
      String key;
      String value;
      if (arg.startsWith("--") && arg.contains("=")) {
        key = arg.substring(2, arg.indexOf('='));
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (arg.startsWith("--") && i + 1 < args.length) {
        key = arg.substring(2);
        value = args[++i];
      } else {
        throw new Refused("ตัวเลือกไม่ถูกต้อง: " + arg, "unexpected argument: " + arg);
      }
      if (!OPTIONS.contains(key)) {
        throw new Refused("new-form ไม่รู้จักตัวเลือก --" + key, "new-form has no option --" + key);
      }
      options.put(key, value);
    }
    return options;
  }

  private static String required(Map<String, String> options, String key) {
    String value = options.get(key);
    if (blank(value)) {
      throw new Refused("ต้องระบุ --" + key, "--" + key + " is required");
    }
    return value.strip();
  }

  private static FormId formId(String value) {
    try {
      FormId id = FormId.of(value == null ? "" : value.strip());
      if (key(id).isEmpty()) {
        throw new IllegalArgumentException(value);
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new Refused(
          "รหัสแบบฟอร์มไม่ถูกต้อง เช่น 7.4: '" + value + "'",
          "not a valid form id, e.g. 7.4: '" + value + "'");
    }
  }

  private static Set<String> installedIds(FormRegistry registry) {
    Set<String> ids = new HashSet<>();
    for (FormPlugin<?> plugin : registry.all()) {
      ids.add(plugin.id().value());
    }
    return ids;
  }

  private Created write(Set<String> takenIds) {
    Path plugins = root.resolve("forms-plugins");
    Path module = plugins.resolve(moduleName);
    Path pluginsPom = plugins.resolve("pom.xml");
    Path rootPom = root.resolve("pom.xml");
    Path uiPom = root.resolve("ui").resolve("pom.xml");
    for (Path pom : List.of(rootPom, pluginsPom, uiPom)) {
      if (!Files.isRegularFile(pom)) {
        throw new Refused(
            "ไม่พบ " + pom + " ระบุรากของที่เก็บโค้ด Tidtam ด้วย --root",
            pom + " not found; give the root of the Tidtam repository with --root");
      }
    }
    if (Files.exists(module)) {
      throw new Refused(
          "มีโมดูล forms-plugins/" + moduleName + " อยู่แล้ว ไม่เขียนทับ",
          "module forms-plugins/" + moduleName + " already exists; nothing was overwritten");
    }
    String artifactId = "tidtam-form-" + moduleName;
    String pluginsXml = read(pluginsPom);
    String rootXml = read(rootPom);
    String uiXml = read(uiPom);
    if (pluginsXml.contains("<module>" + moduleName + "</module>")
        || rootXml.contains("<artifactId>" + artifactId + "</artifactId>")
        || uiXml.contains("<artifactId>" + artifactId + "</artifactId>")) {
      throw new Refused(
          "รายการโมดูลมี " + moduleName + " อยู่แล้ว",
          "the module lists already name " + moduleName);
    }
    if (takenIds.contains(id.value()) || idInSources(plugins)) {
      throw new Refused(
          "รหัสแบบฟอร์ม " + id.value() + " มีผู้ใช้แล้ว",
          "form id " + id.value() + " is already taken");
    }
    String newPluginsXml = addModule(pluginsXml, moduleName);
    String newRootXml = addDependency(rootXml, artifactId, "tidtam-core");
    String newUiXml = addDependency(uiXml, artifactId, "tidtam-templates");

    Map<String, String> values = new LinkedHashMap<>();
    values.put("version", version(rootXml));
    values.put("artifactId", artifactId);
    values.put("formId", id.value());
    values.put("formKey", key(id));
    values.put("package", javaPackage);
    values.put("Form", formClass);
    values.put("titleTh", titleTh);
    values.put("titleEn", titleEn);
    values.put("templateName", id.value() + "-" + moduleName + ".docx");

    Path main = module.resolve("src/main");
    Path java = main.resolve("java").resolve(javaPackage.replace('.', '/'));
    Path resources = main.resolve("resources");
    Path testJava = module.resolve("src/test/java").resolve(javaPackage.replace('.', '/'));
    Map<Path, String> sources = new LinkedHashMap<>();
    sources.put(module.resolve("pom.xml"), "pom.xml.txt");
    sources.put(java.resolve("package-info.java"), "package-info.java.txt");
    sources.put(java.resolve(formClass + ".java"), "Form.java.txt");
    sources.put(java.resolve("Activity.java"), "Activity.java.txt");
    sources.put(java.resolve("Progress.java"), "Progress.java.txt");
    sources.put(java.resolve(formClass + "Plugin.java"), "Plugin.java.txt");
    sources.put(
        resources.resolve("META-INF/services/" + FormPlugin.class.getName()), "services.txt");
    sources.put(resources.resolve("ValidationMessages.properties"), "ValidationMessages.txt");
    sources.put(resources.resolve("ValidationMessages_en.properties"), "ValidationMessages_en.txt");
    sources.put(resources.resolve("ValidationMessages_th.properties"), "ValidationMessages_th.txt");
    sources.put(
        resources.resolve(javaPackage.replace('.', '/')).resolve("sample-" + id.value() + ".json"),
        "sample.json.txt");
    sources.put(testJava.resolve(formClass + "PluginTests.java"), "PluginTests.java.txt");
    sources.put(
        module.resolve("src/test/resources/simplelogger.properties"),
        "simplelogger.properties.txt");
    Map<Path, String> texts = new LinkedHashMap<>();
    sources.forEach((target, resource) -> texts.put(target, fill(resource, target, values)));
    Path template = resources.resolve("templates").resolve(values.get("templateName"));
    byte[] starter = resource("starter.docx");

    List<Path> files = new ArrayList<>();
    try {
      for (var e : texts.entrySet()) {
        Files.createDirectories(e.getKey().getParent());
        Files.writeString(e.getKey(), e.getValue(), UTF_8);
        files.add(e.getKey());
      }
      Files.createDirectories(template.getParent());
      Files.write(template, starter);
      files.add(template);
      Files.writeString(pluginsPom, newPluginsXml, UTF_8);
      Files.writeString(rootPom, newRootXml, UTF_8);
      Files.writeString(uiPom, newUiXml, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> edits =
        List.of(
            "forms-plugins/pom.xml: <module>"
                + moduleName
                + "</module> ในรายการ modules (in the modules)",
            "pom.xml: " + artifactId + " ใน dependencyManagement (in dependencyManagement)",
            "ui/pom.xml: "
                + artifactId
                + " ในรายการ dependencies ของแอปพลิเคชัน (in the application's dependencies)");
    return new Created(module, List.copyOf(files), edits);
  }

  /** Whether a plugin source under {@code forms-plugins} already claims the id. */
  private boolean idInSources(Path plugins) {
    String claim = "FormId.of(\"" + id.value() + "\")";
    String sample = "sample-" + id.value() + ".json";
    try (Stream<Path> files = Files.walk(plugins)) {
      return files
          .filter(p -> !p.toString().contains("/target/") && Files.isRegularFile(p))
          .anyMatch(
              p ->
                  p.getFileName().toString().equals(sample)
                      || (p.toString().endsWith(".java") && read(p).contains(claim)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the module after the last one of the {@code <modules>} list, indented as it is. */
  static String addModule(String pom, String name) {
    int end = pom.indexOf("</modules>");
    int last = end < 0 ? -1 : pom.lastIndexOf("<module>", end);
    if (last < 0) {
      throw new Refused(
          "ไม่พบรายการ <modules> ใน forms-plugins/pom.xml",
          "forms-plugins/pom.xml has no <modules> list");
    }
    int lineStart = pom.lastIndexOf('\n', last) + 1;
    int lineEnd = pom.indexOf('\n', last);
    String line = pom.substring(lineStart, lineEnd + 1);
    String added = line.replaceFirst("<module>[^<]*</module>", "<module>" + name + "</module>");
    return pom.substring(0, lineEnd + 1) + added + pom.substring(lineEnd + 1);
  }

  /**
   * Adds a {@code tidtam} dependency after the last form plugin's (or, with none, after {@code
   * anchor}'s), copied from that entry so that its indentation and version stay as they are.
   */
  static String addDependency(String pom, String artifactId, String anchor) {
    int at = pom.lastIndexOf("<artifactId>tidtam-form-");
    if (at < 0) {
      at = pom.indexOf("<artifactId>" + anchor + "</artifactId>");
    }
    int open = at < 0 ? -1 : pom.lastIndexOf("<dependency>", at);
    int close = at < 0 ? -1 : pom.indexOf("</dependency>", at);
    if (open < 0 || close < 0) {
      throw new Refused(
          "ไม่พบรายการ dependency ของ " + anchor + " ที่จะเพิ่มต่อท้าย",
          "found no " + anchor + " dependency to add after");
    }
    int blockStart = pom.lastIndexOf('\n', open) + 1;
    int blockEnd = pom.indexOf('\n', close) + 1;
    String block = pom.substring(blockStart, blockEnd);
    String added =
        block.replaceFirst(
            "<artifactId>[^<]*</artifactId>",
            Matcher.quoteReplacement("<artifactId>" + artifactId + "</artifactId>"));
    return pom.substring(0, blockEnd) + added + pom.substring(blockEnd);
  }

  private static String version(String rootPom) {
    Matcher m =
        Pattern.compile("<artifactId>tidtam-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(rootPom);
    if (!m.find()) {
      throw new Refused(
          "ไม่พบรุ่นของ tidtam-parent ใน pom.xml", "pom.xml names no version of tidtam-parent");
    }
    return m.group(1).strip();
  }

  /** A file's text from its resource, each placeholder replaced as the file's kind needs. */
  private static String fill(String resource, Path target, Map<String, String> values) {
    String text = new String(resource(resource), UTF_8);
    String file = target.getFileName().toString();
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("unknown placeholder " + m.group() + " in " + resource);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escape(value, file)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String escape(String value, String file) {
    if (file.endsWith(".xml")) {
      return value
          .replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");
    }
    if (file.endsWith(".java") || file.endsWith(".json")) {
      return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
    return value;
  }

  private static byte[] resource(String name) {
    try (InputStream in = NewForm.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message-key part of an id: {@code 7.4} gives {@code 74}. */
  static String key(FormId id) {
    return id.value().replaceAll("[^0-9A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  /** The record's class name: {@code district-report} gives {@code DistrictReport}. */
  static String className(String moduleName) {
    StringBuilder name = new StringBuilder();
    for (String part : moduleName.split("-")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    if (!Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Form");
    }
    return name.toString();
  }

  private static String oneLine(String value, String option) {
    String v = value.strip();
    if (v.chars().anyMatch(Character::isISOControl) || v.contains("${")) {
      throw new Refused(
          "--" + option + " ต้องเป็นข้อความบรรทัดเดียว", "--" + option + " must be one line");
    }
    return v;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
