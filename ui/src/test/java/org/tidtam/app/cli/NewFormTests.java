package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.document.TemplateSource;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.validation.FormValidator;
import org.tidtam.validation.Stage;
import org.tidtam.validation.Violation;

/**
 * The {@code new-form} scaffold, on a copy of the repository's three module lists: the module it
 * writes compiles, its plugin passes the test kit's harness, and its refusals are one line each.
 * The probe form (9.9, {@code scaffold-probe}) is one no one would add, so the tests still pass
 * after a real form such as 7.4 has been scaffolded into the repository.
 */
class NewFormTests {

  private static final Path REPOSITORY = repositoryRoot();

  @TempDir Path root;

  private String rootPom;
  private String pluginsPom;
  private String uiPom;

  @BeforeEach
  void copyTheModuleLists() throws IOException {
    rootPom = Files.readString(REPOSITORY.resolve("pom.xml"), UTF_8);
    pluginsPom = Files.readString(REPOSITORY.resolve("forms-plugins/pom.xml"), UTF_8);
    uiPom = Files.readString(REPOSITORY.resolve("ui/pom.xml"), UTF_8);
    Files.createDirectories(root.resolve("forms-plugins"));
    Files.createDirectories(root.resolve("ui"));
    Files.writeString(root.resolve("pom.xml"), rootPom, UTF_8);
    Files.writeString(root.resolve("forms-plugins/pom.xml"), pluginsPom, UTF_8);
    Files.writeString(root.resolve("ui/pom.xml"), uiPom, UTF_8);
  }

  @Test
  void writesEveryFileOfAPluginModule() {
    NewForm.Created created = create("9.9", "scaffold-probe");

    Path module = root.resolve("forms-plugins/scaffold-probe");
    String pkg = "src/main/java/org/tidtam/forms/scaffoldprobe/";
    assertThat(created.module()).isEqualTo(module);
    assertThat(created.files())
        .extracting(f -> module.relativize(f).toString().replace('\\', '/'))
        .containsExactlyInAnyOrder(
            "pom.xml",
            pkg + "package-info.java",
            pkg + "ScaffoldProbe.java",
            pkg + "Activity.java",
            pkg + "Progress.java",
            pkg + "ScaffoldProbePlugin.java",
            "src/main/resources/META-INF/services/org.tidtam.form.FormPlugin",
            "src/main/resources/ValidationMessages.properties",
            "src/main/resources/ValidationMessages_en.properties",
            "src/main/resources/ValidationMessages_th.properties",
            "src/main/resources/org/tidtam/forms/scaffoldprobe/sample-9.9.json",
            "src/main/resources/templates/9.9-scaffold-probe.docx",
            "src/test/java/org/tidtam/forms/scaffoldprobe/ScaffoldProbePluginTests.java",
            "src/test/resources/simplelogger.properties");
    assertThat(created.files()).allSatisfy(f -> assertThat(f).isRegularFile());
    assertThat(
            read(module.resolve("src/main/resources/META-INF/services/org.tidtam.form.FormPlugin")))
        .isEqualToIgnoringNewLines("org.tidtam.forms.scaffoldprobe.ScaffoldProbePlugin");
    assertThat(read(module.resolve("pom.xml")))
        .contains("<artifactId>tidtam-forms-plugins</artifactId>")
        .contains("<artifactId>tidtam-form-scaffold-probe</artifactId>")
        .contains("<name>Tidtam form 9.9: District report &amp; summary</name>")
        .doesNotContain("${");
    assertThat(read(module.resolve(pkg + "ScaffoldProbePlugin.java")))
        .contains("FormId.of(\"9.9\")")
        .contains("Message.of(\"tidtam.form99.title\")")
        .contains("\"9.9-scaffold-probe.docx\"");
    assertThat(read(module.resolve("src/main/resources/ValidationMessages_th.properties")))
        .contains("tidtam.form99.title=รายงานระดับอำเภอ")
        .doesNotContain(
            "tidtam.form99.required", "tidtam.form99.tooLong", "tidtam.form99.notNegative");
    assertThat(read(module.resolve(pkg + "ScaffoldProbe.java")))
        .contains("message = \"{tidtam.required}\"", "message = \"{tidtam.notNegative}\"");
    assertThat(
            read(
                module.resolve(
                    "src/test/java/org/tidtam/forms/scaffoldprobe/ScaffoldProbePluginTests.java")))
        .contains(".assertMessages()");
    assertThat(read(module.resolve("src/main/resources/ValidationMessages_en.properties")))
        .contains("tidtam.form99.title=District report & summary");
    assertThat(created.lines(root))
        .first()
        .asString()
        .startsWith("สร้างโมดูล forms-plugins/scaffold-probe")
        .contains("(created module forms-plugins/scaffold-probe");
  }

  @Test
  void addsTheModuleToTheThreeListsAndChangesNothingElse() {
    create("9.9", "scaffold-probe");

    String modules = read(root.resolve("forms-plugins/pom.xml"));
    assertThat(modules)
        .contains("    <module>school-monitoring</module>\n    <module>scaffold-probe</module>\n");
    assertThat(modules.replace("    <module>scaffold-probe</module>\n", "")).isEqualTo(pluginsPom);

    String managed =
        """
              <dependency>
                <groupId>org.tidtam</groupId>
                <artifactId>tidtam-form-scaffold-probe</artifactId>
                <version>${project.version}</version>
              </dependency>
        """;
    String parent = read(root.resolve("pom.xml"));
    assertThat(parent).contains(managed);
    assertThat(parent.replace(managed, "")).isEqualTo(rootPom);
    assertThat(parent.indexOf("tidtam-form-scaffold-probe"))
        .isGreaterThan(parent.indexOf("tidtam-form-school-monitoring"))
        .isLessThan(parent.indexOf("</dependencyManagement>"));

    String used =
        """
            <dependency>
              <groupId>org.tidtam</groupId>
              <artifactId>tidtam-form-scaffold-probe</artifactId>
            </dependency>
        """;
    String app = read(root.resolve("ui/pom.xml"));
    assertThat(app).contains(used);
    assertThat(app.replace(used, "")).isEqualTo(uiPom);
  }

  @Test
  void theGeneratedPluginCompilesAndIsWellFormed() throws Exception {
    create("9.9", "scaffold-probe");
    Path module = root.resolve("forms-plugins/scaffold-probe");
    Path classes = Files.createDirectories(root.resolve("classes"));

    compile(module.resolve("src/main/java"), classes, "-Werror");
    compile(module.resolve("src/test/java"), classes);
    copyTree(module.resolve("src/main/resources"), classes);

    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      FormRegistry registry = FormRegistry.load(loader);
      FormPlugin<?> plugin = registry.get("9.9");
      assertThat(plugin.getClass().getName())
          .isEqualTo("org.tidtam.forms.scaffoldprobe.ScaffoldProbePlugin");
      assertThat(plugin.title().th()).isEqualTo("รายงานระดับอำเภอ");

      FormPluginHarness.of(plugin)
          .withTemplates(TemplateSource.classpath(loader))
          .assertWellFormed();
      FormPluginHarness.of(plugin).assertMessages();

      assertRenders(FormPluginHarness.of(plugin).withTemplates(TemplateSource.classpath(loader)));
      assertNegativeBudgetIsReported(plugin, loader);
      runTheGeneratedTests(loader);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  @Test
  void theCommandLinePrintsWhatItDidInThaiThenEnglish() {
    CliResult r =
        run(
            "new-form",
            "--id",
            "9.9",
            "--name",
            "scaffold-probe",
            "--title-th",
            "รายงานระดับอำเภอ",
            "--root",
            root.toString());

    assertThat(r.code).as(r.err).isEqualTo(NewForm.OK);
    assertThat(r.err).isEmpty();
    assertThat(r.out)
        .contains("forms-plugins/scaffold-probe/pom.xml")
        .contains("ui/pom.xml: tidtam-form-scaffold-probe")
        .contains("./mvnw -B -ntp -pl forms-plugins/scaffold-probe -am verify");
    assertThat(read(root.resolve("forms-plugins/scaffold-probe/pom.xml")))
        .contains("<name>Tidtam form 9.9: Form 9.9</name>");
  }

  @Test
  void refusesAnExistingModuleInOneLineAndWritesNothing() throws IOException {
    Files.createDirectories(root.resolve("forms-plugins/scaffold-probe"));

    CliResult r = run("--id", "9.9", "--name", "scaffold-probe", "--root", root.toString());

    assertRefused(r, "already exists");
    assertThat(root.resolve("forms-plugins/scaffold-probe")).isEmptyDirectory();
  }

  @Test
  void refusesAFormIdAlreadyInstalled() {
    String installed = FormRegistry.load().all().getFirst().id().value();

    CliResult r = run("--id", installed, "--name", "another-report", "--root", root.toString());

    assertRefused(r, "already taken");
    assertThat(root.resolve("forms-plugins/another-report")).doesNotExist();
  }

  @Test
  void refusesAFormIdThatAModuleOfTheRepositoryClaims() {
    create("9.9", "scaffold-probe");
    String modules = read(root.resolve("forms-plugins/pom.xml"));

    CliResult r = run("--id", "9.9", "--name", "other-report", "--root", root.toString());

    assertRefused(r, "already taken");
    assertThat(read(root.resolve("forms-plugins/pom.xml"))).isEqualTo(modules);
  }

  @Test
  void refusesABadIdABadNameAndABadPackage() {
    assertRefused(
        run("--id", "7 4", "--name", "x-report", "--root", root.toString()), "not a valid form id");
    assertRefused(
        run("--id", "9.9", "--name", "Scaffold_Probe", "--root", root.toString()),
        "the module name");
    assertRefused(
        run(
            "--id",
            "9.9",
            "--name",
            "x-report",
            "--package",
            "org.tidtam.9forms",
            "--root",
            root.toString()),
        "not a valid lower-case Java package name");
    assertRefused(run("--name", "x-report", "--root", root.toString()), "--id is required");
    assertRefused(
        run("--id", "9.9", "--name", "x-report", "--colour", "red"), "new-form has no option");
    assertThat(root.resolve("forms-plugins/x-report")).doesNotExist();
    assertThat(read(root.resolve("pom.xml"))).isEqualTo(rootPom);
  }

  @Test
  void refusesAFolderThatIsNotTheRepository() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));

    assertRefused(
        run("--id", "9.9", "--name", "x-report", "--root", elsewhere.toString()), "--root");
  }

  private NewForm.Created create(String id, String name) {
    return NewForm.create(
        root, id, name, null, "รายงานระดับอำเภอ", "District report & summary", Set.of());
  }

  private static void assertRefused(CliResult r, String english) {
    assertThat(r.code).as(r.out + r.err).isEqualTo(NewForm.INVALID);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).singleElement().asString().contains(english).matches(".*[ก-๙].*");
  }

  private static void assertRenders(FormPluginHarness<?> harness) throws IOException {
    byte[] docx = renderSample(harness);
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("รายงานระดับอำเภอ")
          .contains("ประชุมเชิงปฏิบัติการครูผู้สอนภาษาไทย")
          .contains("45,750.50")
          .doesNotContain("{{");
    }
  }

  private static <F extends Record> byte[] renderSample(FormPluginHarness<F> harness) {
    return harness.render(harness.sample());
  }

  /** The rule of the generated test, with the messages of the generated bundles. */
  private static void assertNegativeBudgetIsReported(FormPlugin<?> plugin, ClassLoader loader)
      throws ReflectiveOperationException {
    Record sample = FormPluginHarness.of(plugin).sample();
    var components = sample.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          components[i].getName().equals("budget")
              ? new BigDecimal("-1.00")
              : components[i].getAccessor().invoke(sample);
    }
    Constructor<?> constructor = sample.getClass().getDeclaredConstructor(types);
    Record form = (Record) constructor.newInstance(values);

    // messages are shown with the bundles the context class loader sees: the generated module's
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      List<Violation.Shown> violations =
          FormValidator.create().validate(form, Stage.DRAFT, Lang.TH).stream()
              .filter(Violation.Shown::isError)
              .toList();

      assertThat(violations)
          .extracting(Violation.Shown::path, Violation.Shown::message)
          .containsExactly(tuple("budget", "ต้องไม่ติดลบ"));
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** Runs every {@code @Test} method of the generated plugin test, as its module's build would. */
  private static void runTheGeneratedTests(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> tests = loader.loadClass("org.tidtam.forms.scaffoldprobe.ScaffoldProbePluginTests");
    Constructor<?> constructor = tests.getDeclaredConstructor();
    constructor.setAccessible(true);
    Object instance = constructor.newInstance();
    List<String> ran = new ArrayList<>();
    for (var method : tests.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class)) {
        method.setAccessible(true);
        try {
          method.invoke(instance);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw new AssertionError("generated test " + method.getName() + " failed", e.getCause());
        }
        ran.add(method.getName());
      }
    }
    assertThat(ran)
        .containsExactlyInAnyOrder(
            "pluginIsWellFormed",
            "messagesKeepToTheFormsWording",
            "aNegativeBudgetIsReportedAtTheBudgetInThai");
  }

  /** Compiles a source tree into {@code classes}, failing with the compiler's messages. */
  private static void compile(Path sources, Path classes, String... extra) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    try (StandardJavaFileManager manager =
        compiler.getStandardFileManager(diagnostics, null, UTF_8)) {
      List<String> options = new ArrayList<>();
      options.addAll(
          List.of(
              "-classpath",
              classpath(classes),
              "-d",
              classes.toString(),
              "-proc:none",
              "-Xlint:all,-classfile,-options"));
      options.addAll(List.of(extra));
      boolean ok =
          compiler
              .getTask(
                  null,
                  manager,
                  diagnostics,
                  options,
                  null,
                  manager.getJavaFileObjectsFromPaths(files))
              .call();
      assertThat(ok)
          .as(
              () ->
                  diagnostics.getDiagnostics().stream()
                      .map(Object::toString)
                      .collect(Collectors.joining("\n")))
          .isTrue();
    }
  }

  /**
   * What a plugin module compiles against: core and its API jars, and for its tests JUnit and
   * AssertJ, found where this test's own classes were loaded from.
   */
  private static String classpath(Path classes) {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(classes.toString());
    for (Class<?> c :
        List.of(
            FormPlugin.class,
            jakarta.validation.Valid.class,
            org.jspecify.annotations.Nullable.class,
            org.junit.jupiter.api.Test.class,
            org.assertj.core.api.Assertions.class)) {
      try {
        entries.add(
            Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static CliResult run(String... args) {
    return CliResult.of((out, err) -> NewForm.run(args, out, err));
  }

  /** The repository this module belongs to: the parent of the ui module's folder. */
  private static Path repositoryRoot() {
    Path ui =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    Path root = ui.getParent();
    if (!Files.isRegularFile(root.resolve("forms-plugins/pom.xml"))) {
      throw new IllegalStateException("not inside the repository: " + ui);
    }
    return root;
  }
}
