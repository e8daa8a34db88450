package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.DemoText;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.DocumentStore;
import org.tidtam.submission.SubmissionService;
import org.tidtam.validation.Stage;

/** {@code demo}: a folder of demo data that {@code report} makes the annual report of. */
class DemoCommandTests {

  @TempDir Path dir;

  private final TidtamCli cli = new TidtamCli();

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }

  private static Map<String, String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      Map<String, String> out = new TreeMap<>();
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(p).toString(), Files.readString(p, UTF_8));
      }
      return out;
    }
  }

  @Test
  void writesACatalogAndOneValidReportPerSchoolGroupAndProjectThatTheAnnualReportReads()
      throws IOException {
    Path demo = dir.resolve("demo");

    CliResult r =
        run("demo", "--schools", "30", "--projects", "12", "--out", demo.toString(), "--seed", "7");

    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).startsWith("เขียนข้อมูลสาธิตปีงบประมาณ 2569").contains("104 ฉบับ");
    Catalog catalog = DocumentStore.catalogIn(demo);
    assertThat(catalog.schools()).hasSize(30);
    assertThat(catalog.projectsOf(2569)).hasSize(12);
    assertThat(catalog.demo()).isTrue();
    assertThat(Files.readString(demo.resolve(DemoCommand.MARKER), UTF_8))
        .contains(DemoText.NOTE.th());
    Map<String, Long> perForm =
        files(demo).keySet().stream()
            .filter(f -> f.startsWith("2569/12m/"))
            .collect(Collectors.groupingBy(f -> f.split("/")[2], Collectors.counting()));
    assertThat(perForm).isEqualTo(Map.of("7.1", 10L, "7.2", 12L, "7.3", 30L));
    assertThat(files(demo).keySet().stream().filter(f -> f.startsWith("2569/6m/"))).hasSize(52);
    assertThat(demo.resolve("2569/12m/7.3/81010001.json")).exists();
    assertThat(demo.resolve("2569/12m/7.2/KBI-2569-P01.json")).exists();

    SubmissionService service = SubmissionService.create(FormRegistry.load());
    var context = service.context(demo);
    DocumentStore store = DocumentStore.fromDirectory(demo, service.registry());
    assertThat(store.all()).hasSize(104);
    for (var document : store.all()) {
      var submission = service.read(document).orElseThrow();
      assertThat(service.check(submission, Stage.SUBMIT, context))
          .as(submission.filing().orElseThrow().toString())
          .isEmpty();
    }

    Path docx = dir.resolve("report.docx");
    CliResult report =
        run("report", "--year", "2569", "--context", demo.toString(), "--out", docx.toString());
    assertThat(report.code).as(report.err).isZero();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      String text =
          doc.getParagraphs().stream()
              .map(XWPFParagraph::getText)
              .collect(Collectors.joining("\n"));
      assertThat(text)
          .contains("ผลการดำเนินงานของสถานศึกษา")
          .contains("ส่งรายงานแล้ว 52 จาก 52 ฉบับ");
      assertThat(doc.getTables()).isNotEmpty();
    }
  }

  @Test
  void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertThat(run("demo", "--schools", "15", "--projects", "5", "--out", a.toString()).code)
        .isZero();
    assertThat(run("demo", "--schools", "15", "--projects", "5", "--out", b.toString()).code)
        .isZero();
    assertThat(
            run("demo", "--schools", "15", "--projects", "5", "--seed", "9", "--out", c.toString())
                .code)
        .isZero();

    assertThat(files(a)).isEqualTo(files(b)).isNotEqualTo(files(c));
  }

  @Test
  void overwritesOnlyAnEarlierDemoAndRefusesAnyOtherFolderWithFiles() throws IOException {
    Path demo = dir.resolve("demo");
    assertThat(run("demo", "--schools", "12", "--projects", "3", "--out", demo.toString()).code)
        .isZero();

    CliResult again = run("demo", "--schools", "13", "--projects", "4", "--out", demo.toString());
    assertThat(again.code).as(again.err).isZero();
    assertThat(DocumentStore.catalogIn(demo).schools()).hasSize(13);
    assertThat(files(demo).keySet().stream().filter(f -> f.contains("/12m/7.3/"))).hasSize(13);

    Files.writeString(demo.resolve("notes.txt"), "mine", UTF_8);
    run("demo", "--out", demo.toString()).assertFailedInOneLine();
    assertThat(demo.resolve("notes.txt")).exists();

    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("x.json"), "{}", UTF_8);
    CliResult refused = run("demo", "--out", other.toString(), "--lang", "en");
    refused.assertFailedInOneLine();
    assertThat(refused.err).contains("not empty");
    assertThat(other.resolve("x.json")).exists();
  }

  @Test
  void refusesNumbersOutOfBoundsInOneLine() {
    Path out = dir.resolve("x");
    for (List<String> args :
        List.of(
            List.of("--schools", "0"),
            List.of("--schools", "100000"),
            List.of("--projects", "0"),
            List.of("--projects", "abc"),
            List.of("--seed", "1.5"),
            List.of("--year", "2026"),
            List.of("--year", "2559"),
            List.of("--year", "2600"))) {
      Stream<String> all = Stream.concat(Stream.of("demo", "--out", out.toString()), args.stream());
      CliResult r = run(all.toArray(String[]::new));
      r.assertFailedInOneLine();
      assertThat(r.err).contains("--" + args.getFirst().substring(2));
    }
    assertThat(out).doesNotExist();
    run("demo", "--schools", "10").assertFailedInOneLine();
  }

  @Test
  void writesTheFiscalYearUnderWayToo() throws IOException {
    int year = org.tidtam.thai.FiscalYear.of(java.time.LocalDate.now()).be();
    Path demo = dir.resolve("now");

    CliResult r =
        run(
            "demo",
            "--schools",
            "12",
            "--projects",
            "3",
            "--year",
            String.valueOf(year),
            "--out",
            demo.toString());

    assertThat(r.code).as(r.err).isZero();
    assertThat(DocumentStore.catalogIn(demo).fiscalYears()).containsExactly(year);
    assertThat(files(demo).keySet().stream().filter(f -> f.startsWith(year + "/12m/7.3/")))
        .hasSize(12);
  }

  @Test
  void theHelpTellsOfTheCommandInThaiThenEnglish() {
    CliResult r = run("help");

    assertThat(r.out).contains("demo     --out dir/").contains("write a year of demo data");
    assertThat(r.out.indexOf("ข้อมูลสาธิตทั้งปี")).isLessThan(r.out.indexOf("write a year"));
  }
}
