package org.tidtam.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class TidtamCliTests {

  private static final String THAI = ".*[\\u0E01-\\u0E5B].*";
  private static final String THAI_CHARACTER = "[\\u0E00-\\u0E7F]";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private final TidtamCli cli = new TidtamCli();

  @Test
  void formsListsTheProjectReportWithSchemaVersionAndThaiTitle() {
    CliResult r = run("forms");

    assertThat(r.code).isZero();
    assertThat(r.out.lines())
        .anySatisfy(line -> assertThat(line).startsWith("7.2\tv2\t").matches(THAI));
    assertThat(r.err).isEmpty();
  }

  @Test
  void schemaPrintsTheJsonSchemaOfTheSubmissionEnvelope() {
    CliResult r = run("schema", "--form", "7.2");

    assertThat(r.code).isZero();
    JsonNode schema = JSON.readTree(r.out);
    assertThat(schema.path("$schema").asString()).contains("2020-12");
    assertThat(schema.path("properties").has("form")).isTrue();
    assertThat(schema.path("properties").has("schemaVersion")).isTrue();
    assertThat(schema.path("properties").has("data")).isTrue();
  }

  @Test
  void schemaWritesToTheOutFileInsteadOfStandardOutput() throws IOException {
    Path out = dir.resolve("7.2.schema.json");

    CliResult r = run("schema", "--form", "7.2", "--out", out.toString());

    assertThat(r.code).isZero();
    assertThat(r.out).isEmpty();
    assertThat(JSON.readTree(Files.readString(out)).path("properties").has("data")).isTrue();
  }

  @Test
  void samplePrintsASubmissionThatPassesValidationForSubmit() throws IOException {
    Path sample = sampleFile();

    CliResult r = run("validate", "--form", "7.2", "--in", sample.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).contains("ผ่านการตรวจสอบ").contains("7.2");
    assertThat(JSON.readTree(Files.readString(sample)).path("form").asString()).isEqualTo("7.2");
  }

  @Test
  void validateTakesTheFormFromTheFileWhenNoFormIsGiven() throws IOException {
    CliResult r = run("validate", "--in", sampleFile().toString(), "--stage", "draft");

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).contains("ฉบับร่าง");
  }

  @Test
  void validateReportsMissingRequiredDataInThaiWithOneLinePerViolation() throws IOException {
    Path incomplete = incompleteFile();

    CliResult r =
        run("validate", "--form", "7.2", "--in", incomplete.toString(), "--stage", "submit");

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err.lines().toList())
        .anySatisfy(line -> assertThat(line).startsWith("projectName: ").matches(THAI))
        .anySatisfy(line -> assertThat(line).startsWith("activities: ").matches(THAI))
        .allSatisfy(line -> assertThat(line).matches("^\\S+: .+$"));
    assertThat(r.out).isEmpty();
  }

  @Test
  void validateReportsInEnglishWithLangEn() throws IOException {
    Path incomplete = incompleteFile();

    CliResult r = run("validate", "--in", incomplete.toString(), "--lang", "en");

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err.lines())
        .anySatisfy(line -> assertThat(line).startsWith("projectName: ").doesNotMatch(THAI));
  }

  @Test
  void anIncompleteDraftIsValid() throws IOException {
    CliResult r = run("validate", "--in", incompleteFile().toString(), "--stage", "draft");

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).contains("ฉบับร่าง");
  }

  @Test
  void validateReportsAWrongValueTypeAtItsJsonPath() throws IOException {
    ObjectNode submission = (ObjectNode) JSON.readTree(sample());
    String path = replaceFirstNumber(submission.path("data"), "");
    Path bad = write("bad-type.json", JSON.writeValueAsString(submission));

    CliResult r = run("validate", "--form", "7.2", "--in", bad.toString());

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err.lines()).anySatisfy(line -> assertThat(line).startsWith(path + ": "));
  }

  @Test
  void malformedJsonIsInvalidInputOnOneLine() throws IOException {
    Path broken = write("broken.json", "{\"form\": \"7.2\", \"data\": [");

    CliResult r = run("validate", "--form", "7.2", "--in", broken.toString());

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err.lines().toList()).hasSize(1);
    assertThat(r.err).doesNotContain("\tat ");
  }

  @Test
  void aFileOfAnotherFormIsInvalidInput() throws IOException {
    String other = sample().replaceFirst("\"form\"\\s*:\\s*\"7\\.2\"", "\"form\": \"7.9\"");
    Path file = write("other.json", other);

    CliResult r = run("validate", "--form", "7.2", "--in", file.toString());

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err).startsWith("form: ").contains("7.9");
  }

  @Test
  void unknownFormFailsNamingTheKnownForms() {
    CliResult r = run("schema", "--form", "9.9");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err.lines().toList()).hasSize(1);
    assertThat(r.err).contains("9.9").contains("7.2");
  }

  @Test
  void missingInputFileFailsWithoutStackTrace() {
    Path missing = dir.resolve("nowhere.json");

    CliResult r = run("validate", "--form", "7.2", "--in", missing.toString());

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err.strip()).isEqualTo("ข้อผิดพลาด: ไม่พบไฟล์ " + missing);
  }

  @Test
  void debugAddsTheStackTrace() {
    Path missing = dir.resolve("nowhere.json");

    CliResult r = run("--debug", "validate", "--form", "7.2", "--in", missing.toString());

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err.lines().findFirst()).hasValue("ข้อผิดพลาด: ไม่พบไฟล์ " + missing);
    assertThat(r.err).contains("\tat ");
  }

  @Test
  void errorsAreInEnglishWithLangEn() {
    Path missing = dir.resolve("nowhere.json");

    CliResult r = run("validate", "--form", "7.2", "--in", missing.toString(), "--lang", "en");

    assertThat(r.err.strip()).isEqualTo("error: file not found: " + missing);
  }

  @Test
  void unknownOptionFails() {
    CliResult r = run("forms", "--colour", "red");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("--colour").doesNotContain("\tat ");
  }

  @Test
  void missingRequiredOptionFails() throws IOException {
    CliResult r = run("render", "--form", "7.2", "--in", sampleFile().toString());

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("--out");
  }

  @Test
  void invalidChoiceOfNumeralsFails() throws IOException {
    Path out = dir.resolve("x.docx");

    CliResult r =
        run("render", "--in", sampleFile().toString(), "--out", out.toString(), "--numerals", "x");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("arabic, thai, thai-text");
    assertThat(out).doesNotExist();
  }

  @Test
  void renderIntoAMissingFolderFailsBeforeRendering() throws IOException {
    Path out = dir.resolve("no-such-folder").resolve("x.docx");

    CliResult r = run("render", "--in", sampleFile().toString(), "--out", out.toString());

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err.strip()).isEqualTo("ข้อผิดพลาด: ไม่พบโฟลเดอร์ " + out.getParent());
  }

  @Test
  void unknownCommandFails() {
    CliResult r = run("frobnicate");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("frobnicate");
  }

  @Test
  void renderWritesAWordDocumentAndNoTemporaryFile() throws IOException {
    Path sample = sampleFile();
    Path out = dir.resolve("report.docx");

    CliResult r =
        run("render", "--form", "7.2", "--in", sample.toString(), "--out", out.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).contains(out.toString());
    assertThat(text(out)).matches("(?s)" + THAI);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("sample.json", "report.docx");
    }
  }

  @Test
  void renderWithThaiNumeralsPrintsThaiDigits() throws IOException {
    Path out = dir.resolve("thai.docx");

    CliResult r =
        run(
            "render",
            "--form",
            "7.2",
            "--in",
            sampleFile().toString(),
            "--out",
            out.toString(),
            "--numerals",
            "thai");

    assertThat(r.code).as(r.err).isZero();
    assertThat(text(out)).containsPattern("[๐-๙]");
  }

  @Test
  void renderRefusesInvalidDataAndWritesNothing() throws IOException {
    ObjectNode submission = (ObjectNode) JSON.readTree(sample());
    replaceFirstNumber(submission.path("data"), "");
    Path bad = write("bad.json", JSON.writeValueAsString(submission));
    Path out = dir.resolve("bad.docx");

    CliResult r = run("render", "--form", "7.2", "--in", bad.toString(), "--out", out.toString());

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(out).doesNotExist();
  }

  @Test
  void helpIsThaiFirstThenEnglish() {
    for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"}, new String[0])) {
      CliResult r = run(args);

      assertThat(r.code).isZero();
      assertThat(r.out.indexOf("วิธีใช้")).isNotNegative().isLessThan(r.out.indexOf("Usage"));
    }
  }

  @Test
  void theWebApplicationStartsOnlyWithNoArgumentsOrServe() {
    assertThat(TidtamCli.isCommand(new String[0])).isFalse();
    assertThat(TidtamCli.isCommand(new String[] {"serve"})).isFalse();
    assertThat(TidtamCli.isCommand(new String[] {"serve", "--server.port=9090"})).isFalse();
    assertThat(TidtamCli.serverArguments(new String[] {"serve", "--server.port=9090"}))
        .containsExactly("--server.port=9090");
    assertThat(TidtamCli.serverArguments(new String[0])).isEmpty();

    for (String[] args :
        List.of(
            new String[] {"forms"},
            new String[] {"--debug", "render"},
            new String[] {"--help"},
            new String[] {"--version"},
            new String[] {"frobnicate"},
            new String[] {"fomrs"},
            new String[] {"--server.port=9090"},
            new String[] {"--lang", "en"},
            new String[] {"--spring.profiles.active", "forms"})) {
      assertThat(TidtamCli.isCommand(args)).as(String.join(" ", args)).isTrue();
    }
  }

  @Test
  void optionsBeforeTheCommandStillSelectTheCommandLine() {
    assertThat(run("--lang", "en", "forms").code).isZero();
    assertThat(run("--lang=en", "forms").out).contains("Annual project performance report");
  }

  @Test
  void anUnknownCommandIsOneLineAndExit1() {
    CliResult r = run("frobnicate");

    r.assertFailedInOneLine();
    assertThat(r.err).contains("frobnicate").doesNotContain("หมายถึง");
  }

  @Test
  void aTypoSuggestsTheNearestCommand() {
    CliResult th = run("fomrs");
    CliResult en = run("fomrs", "--lang", "en");
    CliResult render = run("rendr", "--lang", "en");

    th.assertFailedInOneLine();
    assertThat(th.err.strip())
        .isEqualTo("ข้อผิดพลาด: ไม่รู้จักคำสั่ง 'fomrs' หมายถึง forms หรือเปล่า? (ดู: help)");
    en.assertFailedInOneLine();
    assertThat(en.err).contains("did you mean forms?");
    assertThat(render.err).contains("did you mean render?");
  }

  @Test
  void serveIsOnlyUnderstoodAsTheFirstArgument() {
    CliResult r = run("--lang", "en", "serve");

    r.assertFailedInOneLine();
    assertThat(r.err).contains("serve must be the first argument");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    for (String verb : List.of("--version", "version")) {
      CliResult r = run(verb);

      assertThat(r.code).as(verb).isZero();
      assertThat(r.out).as(verb).matches("tidtam \\d+\\.\\d+\\.\\d+\\S*\\R");
      assertThat(r.err).as(verb).isEmpty();
    }
  }

  @Test
  void anOptionWithoutACommandIsOneLineAndExit1() {
    for (String[] args :
        List.of(
            new String[] {"--server.port=9090"},
            new String[] {"--lang", "en"},
            new String[] {"--colour"},
            new String[] {"--form", "7.2"})) {
      CliResult r = run(args);

      r.assertFailedInOneLine();
      assertThat(r.err).as(String.join(" ", args)).contains("serve").contains("help");
    }
    assertThat(run("--server.port=9090").err).contains("--server.port");
  }

  @Test
  void aFolderAsInputIsSaidPlainly() {
    CliResult th = run("validate", "--in", dir.toString());
    CliResult en = run("validate", "--in", dir.toString(), "--lang", "en");

    th.assertFailedInOneLine();
    assertThat(th.err.strip()).isEqualTo("ข้อผิดพลาด: --in " + dir + " เป็นโฟลเดอร์ ต้องเป็นไฟล์");
    en.assertFailedInOneLine();
    assertThat(en.err.strip()).isEqualTo("error: --in " + dir + " is a folder, not a file");
  }

  @Test
  void aFolderAsOutputIsSaidPlainly() throws IOException {
    Path sample = sampleFile();

    CliResult render = run("render", "--in", sample.toString(), "--out", dir.toString());
    CliResult schema = run("schema", "--form", "7.2", "--out", dir.toString(), "--lang", "en");

    render.assertFailedInOneLine();
    assertThat(render.err.strip())
        .isEqualTo("ข้อผิดพลาด: --out " + dir + " เป็นโฟลเดอร์ ต้องเป็นชื่อไฟล์");
    schema.assertFailedInOneLine();
    assertThat(schema.err.strip())
        .isEqualTo("error: --out " + dir + " is a folder, not a file name");
  }

  @Test
  void anUnknownOptionWithoutAValueIsUnknownNotMissingItsValue() {
    CliResult r = run("forms", "--colour", "--lang", "en");

    r.assertFailedInOneLine();
    assertThat(r.err.strip()).isEqualTo("error: unknown option --colour for command forms");
  }

  @Test
  void aMissingOptionValueSaysWhichOption() throws IOException {
    CliResult th = run("render", "--in", sampleFile().toString(), "--out");
    CliResult en = run("render", "--lang", "en", "--in");

    th.assertFailedInOneLine();
    assertThat(th.err.strip()).isEqualTo("ข้อผิดพลาด: ตัวเลือก --out ต้องมีค่า");
    en.assertFailedInOneLine();
    assertThat(en.err.strip()).isEqualTo("error: option --in needs a value");
  }

  @Test
  void renderOfADraftPrintsWhatBlocksSubmissionAndStillWrites() throws IOException {
    Path out = dir.resolve("draft.docx");

    CliResult r = run("render", "--in", incompleteFile().toString(), "--out", out.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(out).isNotEmptyFile();
    assertThat(r.out).contains(out.toString());
    List<String> lines = r.err.lines().toList();
    int heading = lines.indexOf("ยังส่งไม่ได้ (" + (lines.size() - 1) + " ข้อ):");
    assertThat(heading).as(r.err).isZero();
    assertThat(lines.subList(1, lines.size()))
        .anySatisfy(line -> assertThat(line).startsWith("  projectName: ").matches(THAI))
        .anySatisfy(line -> assertThat(line).startsWith("  activities: "))
        .allSatisfy(line -> assertThat(line).matches("^  \\S+: .+$"));
  }

  @Test
  void renderOfADraftListsTheBlockersInEnglishWithLangEn() throws IOException {
    Path out = dir.resolve("draft.docx");

    CliResult r =
        run("render", "--in", incompleteFile().toString(), "--out", out.toString(), "--lang", "en");

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err.lines().findFirst().orElseThrow())
        .matches("cannot be submitted yet \\(\\d+ problem\\(s\\)\\):");
    assertThat(r.err + r.out).doesNotContainPattern(THAI_CHARACTER);
  }

  @Test
  void renderOfACompleteSubmissionPrintsNoBlockers() throws IOException {
    Path out = dir.resolve("ready.docx");

    CliResult r = run("render", "--in", sampleFile().toString(), "--out", out.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err).isEmpty();
  }

  @Test
  void renderAtTheSubmitStageStillRefusesWhatCannotBeSubmitted() throws IOException {
    Path out = dir.resolve("draft.docx");

    CliResult r =
        run(
            "render",
            "--in",
            incompleteFile().toString(),
            "--out",
            out.toString(),
            "--stage",
            "submit");

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(out).doesNotExist();
  }

  @Test
  void everyVerbSpeaksOnlyEnglishWithLangEn() throws IOException {
    Path sample = sampleFile();
    List<String[]> commands =
        List.of(
            new String[] {"forms"},
            new String[] {"help"},
            new String[] {"version"},
            new String[] {"schema", "--form", "7.2", "--out", dir.resolve("s.json").toString()},
            new String[] {"sample", "--form", "7.3", "--out", dir.resolve("x.json").toString()},
            new String[] {"validate", "--in", sample.toString()},
            new String[] {"validate", "--in", sample.toString(), "--stage", "draft"},
            new String[] {"render", "--in", sample.toString(), "--out", dir + "/r.docx"},
            new String[] {"lint", "--form", "7.2"},
            new String[] {
              "prefill",
              "--form",
              "7.3",
              "--year",
              "2569",
              "--round",
              "12m",
              "--unit",
              "81010002",
              "--out",
              dir.resolve("p.json").toString()
            });
    for (String[] command : commands) {
      List<String> args = new java.util.ArrayList<>(List.of(command));
      args.addAll(List.of("--lang", "en"));

      CliResult r = run(args.toArray(String[]::new));

      assertThat(r.code).as(args + ": " + r.err).isZero();
      assertThat(r.out + r.err).as(String.join(" ", args)).doesNotContainPattern(THAI_CHARACTER);
    }
  }

  @Test
  void everyErrorTheCommandLineSaysItselfIsEnglishWithLangEn() throws IOException {
    Path sample = sampleFile();
    Path missing = dir.resolve("nowhere.json");
    List<String[]> commands =
        List.of(
            new String[] {"schema", "--form", "9.9"},
            new String[] {"validate", "--form", "9.9", "--in", sample.toString()},
            new String[] {"validate", "--in", missing.toString()},
            new String[] {"validate", "--in", dir.toString()},
            new String[] {"render", "--in", sample.toString(), "--out", dir.toString()},
            new String[] {"render", "--in", sample.toString(), "--out", dir + "/no/x.docx"},
            new String[] {
              "render", "--in", sample.toString(), "--out", "x.docx", "--numerals", "x"
            },
            new String[] {"validate", "--in", sample.toString(), "--context", missing.toString()},
            new String[] {"lint", "--form", "7.2", "--template", missing.toString()},
            new String[] {"prefill", "--form", "7.3", "--year", "69", "--round", "12m"},
            new String[] {"frobnicate"},
            new String[] {"fomrs"},
            new String[] {"forms", "--colour"},
            new String[] {"render", "--in"});
    for (String[] command : commands) {
      List<String> args = new java.util.ArrayList<>(List.of(command));
      args.addAll(List.of("--lang", "en"));

      CliResult r = run(args.toArray(String[]::new));

      assertThat(r.code).as(String.join(" ", args)).isEqualTo(TidtamCli.FAILED);
      assertThat(r.err.lines()).as(String.join(" ", args)).singleElement();
      assertThat(r.err).as(String.join(" ", args)).startsWith("error: ");
      assertThat(r.out + r.err).as(String.join(" ", args)).doesNotContainPattern(THAI_CHARACTER);
    }
  }

  @Test
  void aValueOfTheWrongTypeIsReportedAtItsPathWithLangEn() throws IOException {
    ObjectNode submission = (ObjectNode) JSON.readTree(sample());
    String path = replaceFirstNumber(submission.path("data"), "");
    Path bad = write("bad-type.json", JSON.writeValueAsString(submission));

    CliResult r = run("validate", "--in", bad.toString(), "--lang", "en");

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).singleElement().asString().startsWith(path + ": ");
    assertThat(r.err).doesNotContainPattern(THAI_CHARACTER);
  }

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }

  private String sample() {
    CliResult r = run("sample", "--form", "7.2");
    assertThat(r.code).as(r.err).isZero();
    return r.out;
  }

  private Path sampleFile() throws IOException {
    return write("sample.json", sample());
  }

  /** The sample without a project name and without activities: a draft, not yet submittable. */
  private Path incompleteFile() throws IOException {
    ObjectNode submission = (ObjectNode) JSON.readTree(sample());
    ObjectNode data = (ObjectNode) submission.get("data");
    data.put("projectName", "");
    data.putArray("activities");
    return write("incomplete.json", JSON.writeValueAsString(submission));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String text(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        var document = new XWPFDocument(in);
        var extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  /**
   * Replaces the first number found (depth first) with text and returns its path in the violation
   * format, e.g. {@code activities[0].spent}.
   */
  private static String replaceFirstNumber(JsonNode node, String path) {
    return findNumber(node, path).orElseThrow(() -> new AssertionError("sample has no number"));
  }

  private static Optional<String> findNumber(JsonNode node, String path) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (e.getValue().isNumber()) {
          object.put(e.getKey(), "ไม่ใช่ตัวเลข");
          return Optional.of(child);
        }
        Optional<String> found = findNumber(e.getValue(), child);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        Optional<String> found = findNumber(array.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
