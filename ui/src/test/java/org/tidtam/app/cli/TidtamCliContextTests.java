package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three forms through the command line, with other submissions as their context. */
class TidtamCliContextTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private final TidtamCli cli = new TidtamCli();

  @Test
  void listsTheThreeForms() {
    CliResult r = run("forms");

    assertThat(r.code).isZero();
    assertThat(r.out.lines().map(l -> l.split("\t")[0])).contains("7.1", "7.2", "7.3");
  }

  @Test
  void prefillsForm71FromTheCatalogAndTheGroupsProjectReports() throws IOException {
    Path context = contextWithProjectReport();

    CliResult r =
        run(
            "prefill",
            "--form",
            "7.1",
            "--year",
            "2569",
            "--round",
            "12m",
            "--unit",
            "SUPERVISION",
            "--context",
            context.toString());

    assertThat(r.code).as(r.err).isZero();
    JsonNode data = JSON.readTree(r.out).path("data");
    assertThat(data.path("reportingGroup").asString()).isEqualTo("SUPERVISION");
    assertThat(data.path("results").size()).isGreaterThanOrEqualTo(3);
    assertThat(r.out).contains("KBI-2569-2.1").contains("KBI-2569-P03");
  }

  @Test
  void prefillsForm73ForASchoolOfTheCatalog() {
    CliResult r =
        run("prefill", "--form", "7.3", "--year", "2569", "--round", "6m", "--unit", "81010002");

    assertThat(r.code).as(r.err).isZero();
    JsonNode data = JSON.readTree(r.out).path("data");
    assertThat(data.path("schoolCode").asString()).isEqualTo("81010002");
    assertThat(data.path("policies").size()).isEqualTo(12);
  }

  @Test
  void prefillOfAnUnknownUnitIsAnErrorNotAnEmptyDraft() {
    CliResult r = run("prefill", "--form", "7.3", "--year", "2569", "--round", "6m", "--unit", "0");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("'0'");
  }

  @Test
  void prefillReportsADraftTheFormWouldRefuse() {
    CliResult r =
        run("prefill", "--form", "7.1", "--year", "2569", "--round", "q1", "--unit", "SUPERVISION");

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err).contains("round");
    assertThat(r.out).isEmpty();
  }

  @Test
  void prefillRejectsAnUnknownRound() {
    CliResult r =
        run("prefill", "--form", "7.3", "--year", "2569", "--round", "7m", "--unit", "81010002");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("--round");
  }

  @Test
  void rendersForm71WithTheProjectSummaryFromTheContextFolder() throws IOException {
    Path context = contextWithProjectReport();
    Path in = write("7.1.json", sample("7.1"));
    Path out = dir.resolve("7.1.docx");

    CliResult r =
        run(
            "render",
            "--form",
            "7.1",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--context",
            context.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(text(out)).contains("โครงการขับเคลื่อนการอ่านออกเขียนได้");
  }

  @Test
  void validateReportsCrossFormWarningsButPasses() throws IOException {
    Path context = contextWithProjectReport();
    Path in = write("7.1.json", sample("7.1"));

    CliResult r = run("validate", "--in", in.toString(), "--context", context.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.err.lines()).allSatisfy(line -> assertThat(line).endsWith("(คำเตือน)"));
  }

  @Test
  void renderPrintsTheCrossFormWarningsAndStillWrites() throws IOException {
    Path context = contextWithProjectReport();
    Path in = write("7.1.json", sample("7.1"));
    Path out = dir.resolve("7.1.docx");

    CliResult r =
        run(
            "render",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--context",
            context.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(out).isNotEmptyFile();
    assertThat(r.err.lines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).matches("^\\S+: .+ \\(คำเตือน\\)$"))
        .anySatisfy(line -> assertThat(line).startsWith("results[2].budgetAllocated: "));
  }

  @Test
  void crossFormWarningsAreMarkedInEnglishWithLangEn() throws IOException {
    Path context = contextWithProjectReport();
    Path in = write("7.1.json", sample("7.1"));

    CliResult r =
        run("validate", "--in", in.toString(), "--context", context.toString(), "--lang", "en");

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out.strip()).isEqualTo("valid: form 7.1 (ready to submit)");
    assertThat(r.err.lines())
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line).matches("^\\S+: .+ \\(warning\\)$");
              // the cross-check's message comes from the plugin's bundle in the asked language
              assertThat(line).doesNotContainPattern("[\\u0E00-\\u0E7F]");
            });
  }

  @Test
  void aMissingContextFolderIsSaidInTheAskedLanguage() throws IOException {
    Path in = write("7.1.json", sample("7.1"));
    Path missing = dir.resolve("nowhere");

    CliResult r =
        run("validate", "--in", in.toString(), "--context", missing.toString(), "--lang", "en");

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err.strip()).isEqualTo("error: --context " + missing + ": no such folder");
  }

  @Test
  void aBrokenContextFolderIsNamedInTheError() throws IOException {
    Path context = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(context.resolve("bad.json"), "{\"form\": \"9.9\", \"schemaVersion\": 1}");
    Path in = write("7.1.json", sample("7.1"));

    CliResult r = run("validate", "--in", in.toString(), "--context", context.toString());

    assertThat(r.code).isEqualTo(TidtamCli.FAILED);
    assertThat(r.err).contains("bad.json");
  }

  @Test
  void allThreeSamplesRenderIntoDocumentsLibreOfficeOpens() throws Exception {
    List<Path> docs = new ArrayList<>();
    for (String form : List.of("7.1", "7.2", "7.3")) {
      Path in = write(form + ".json", sample(form));
      Path out = dir.resolve("form-" + form.replace('.', '-') + ".docx");
      CliResult r = run("render", "--in", in.toString(), "--out", out.toString());
      assertThat(r.code).as(form + ": " + r.err).isZero();
      assertThat(text(out)).as(form).matches("(?s).*[\\u0E01-\\u0E5B].*");
      docs.add(out);
    }
    Assumptions.assumeTrue(onPath("soffice") && onPath("pdftotext"), "LibreOffice not installed");

    Path pdfs = Files.createDirectories(dir.resolve("pdf"));
    List<String> command =
        new ArrayList<>(
            List.of(
                "soffice",
                "--headless",
                "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                "--convert-to",
                "pdf",
                "--outdir",
                pdfs.toString()));
    docs.forEach(d -> command.add(d.toString()));
    Process soffice = new ProcessBuilder(command).redirectErrorStream(true).start();
    soffice.getInputStream().transferTo(OutputStreamSink.INSTANCE);
    assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).isTrue();

    for (Path doc : docs) {
      Path pdf = pdfs.resolve(doc.getFileName().toString().replace(".docx", ".pdf"));
      assertThat(pdf).as("LibreOffice made " + pdf.getFileName()).exists();
      Process text = new ProcessBuilder("pdftotext", pdf.toString(), "-").start();
      String content = new String(text.getInputStream().readAllBytes(), UTF_8);
      assertThat(text.waitFor(1, TimeUnit.MINUTES)).isTrue();
      assertThat(content).as(pdf.getFileName().toString()).contains("2569");
    }
  }

  /** A context folder holding the group's 7.2 report (the sample, group SUPERVISION). */
  private Path contextWithProjectReport() throws IOException {
    Path context = Files.createDirectories(dir.resolve("context"));
    Files.writeString(context.resolve("project-P03.json"), sample("7.2"), UTF_8);
    return context;
  }

  private String sample(String form) {
    CliResult r = run("sample", "--form", form);
    assertThat(r.code).as(r.err).isZero();
    return r.out;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static String text(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }

  /** Discards LibreOffice's console output. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}
  }
}
