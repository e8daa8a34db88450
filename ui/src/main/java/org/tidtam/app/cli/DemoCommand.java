package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.catalog.DemoOffice;
import org.tidtam.form.DemoText;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.ProjectFact;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.submission.DemoSubmissions;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;
import org.tidtam.thai.FiscalYear;
import org.tidtam.thai.Round;

/**
 * {@code demo --schools 210 --projects 60 --out dir/ [--year 2569] [--seed n]}: a folder with the
 * demo office of that size ({@link DemoOffice}) as {@code catalog.json} and its demo submissions of
 * the 6- and 12-month rounds ({@link DemoSubmissions}), one file each under {@code year/6m/form/}
 * and {@code year/12m/form/}, ready for {@code report --context dir/}. A file {@value #MARKER} says
 * the folder is demo data; the command writes only into a missing or empty folder, or over a folder
 * holding nothing but an earlier demo.
 */
final class DemoCommand {

  /** The file that marks a folder as demo data. */
  static final String MARKER = "DEMO-DATA.txt";

  /** The rounds written: the 6-month round and the 12-month round the annual report reads. */
  static final List<Round> ROUNDS = List.of(Round.ROUND_6M, Round.ROUND_12M);

  static final int DEFAULT_SCHOOLS = 210;
  static final int DEFAULT_PROJECTS = 60;
  static final int DEFAULT_YEAR = 2569;

  /** The first fiscal year the forms accept. */
  static final int FIRST_YEAR = 2560;

  private DemoCommand() {}

  static int run(CliArguments cli, SubmissionService service, PrintStream out) throws IOException {
    Lang lang = cli.lang();
    int schools = number(cli, "schools", DEFAULT_SCHOOLS, DemoOffice.MAX_SCHOOLS);
    int projects = number(cli, "projects", DEFAULT_PROJECTS, DemoOffice.MAX_PROJECTS);
    int year = cli.option("year").isPresent() ? cli.fiscalYear() : DEFAULT_YEAR;
    int current = FiscalYear.of(LocalDate.now()).be();
    if (year < FIRST_YEAR || year > current) {
      throw new CliException(
          "--year ต้องเป็นปีงบประมาณ "
              + FIRST_YEAR
              + " ถึง "
              + current
              + " (ปีที่เริ่มแล้ว) (ได้ '"
              + year
              + "')",
          "--year must be a fiscal year from "
              + FIRST_YEAR
              + " to "
              + current
              + " (one that has begun) (got '"
              + year
              + "')");
    }
    long seed = seed(cli);
    Path dir = Path.of(cli.required("out"));
    prepare(dir);
    Catalog catalog = DemoOffice.of(year, schools, projects, seed);
    List<Submission<?>> submissions = new ArrayList<>();
    for (Round round : ROUNDS) {
      submissions.addAll(DemoSubmissions.of(service, catalog, year, round, seed));
    }
    Files.writeString(dir.resolve("catalog.json"), CatalogJson.write(catalog), UTF_8);
    Map<String, Integer> taken = new HashMap<>();
    for (Submission<?> s : submissions) {
      Filing filing = s.filing().orElseThrow();
      Round round = filing.round();
      Path folder =
          Files.createDirectories(
              dir.resolve(String.valueOf(year))
                  .resolve(round.name().substring("ROUND_".length()).toLowerCase(Locale.ROOT))
                  .resolve(s.formId().value()));
      String name = fileName(s, filing);
      int n = taken.merge(folder.resolve(name).toString(), 1, Integer::sum);
      String file = n == 1 ? name : name + "-" + n;
      Files.writeString(folder.resolve(file + ".json"), service.write(s.document()), UTF_8);
    }
    Files.writeString(
        dir.resolve(MARKER),
        DemoText.NOTE.th()
            + "\n"
            + DemoText.NOTE.en()
            + "\n\ntidtam demo --schools "
            + schools
            + " --projects "
            + projects
            + " --year "
            + year
            + " --seed "
            + seed
            + "\n",
        UTF_8);
    out.println(
        LocalizedText.of(
                "เขียนข้อมูลสาธิตปีงบประมาณ "
                    + year
                    + " (โรงเรียน "
                    + catalog.schools().size()
                    + " แห่ง โครงการ "
                    + catalog.projectsOf(year).size()
                    + " โครงการ แบบรายงานรอบ 6 และ 12 เดือน "
                    + submissions.size()
                    + " ฉบับ) ใน "
                    + dir,
                "wrote the demo data of fiscal year "
                    + year
                    + " ("
                    + catalog.schools().size()
                    + " schools, "
                    + catalog.projectsOf(year).size()
                    + " projects, "
                    + submissions.size()
                    + " reports of the 6- and 12-month rounds) to "
                    + dir)
            .in(lang));
    return TidtamCli.OK;
  }

  /** The name of a submission's file: its project's code, or else its unit's. */
  private static <F extends Record> String fileName(Submission<F> s, Filing filing) {
    for (Fact fact : s.plugin().facts(s.form(), filing)) {
      if (fact instanceof ProjectFact p && !p.code().isBlank()) {
        return safe(p.code());
      }
    }
    return safe(filing.unitCode());
  }

  private static String safe(String name) {
    return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }

  private static int number(CliArguments cli, String option, int fallback, int max) {
    var value = cli.option(option);
    if (value.isEmpty()) {
      return fallback;
    }
    String text = value.get().strip();
    try {
      int n = Integer.parseInt(text);
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CliException(
        "--" + option + " ต้องเป็นจำนวนเต็ม 1 ถึง " + max + " (ได้ '" + text + "')",
        "--" + option + " must be a whole number from 1 to " + max + " (got '" + text + "')");
  }

  private static long seed(CliArguments cli) {
    var value = cli.option("seed");
    if (value.isEmpty()) {
      return DEFAULT_YEAR;
    }
    try {
      return Long.parseLong(value.get().strip());
    } catch (NumberFormatException e) {
      throw new CliException(
          "--seed ต้องเป็นจำนวนเต็ม (ได้ '" + value.get().strip() + "')",
          "--seed must be a whole number (got '" + value.get().strip() + "')");
    }
  }

  /**
   * Makes the folder ready: creates it when missing; empties it when it holds an earlier demo (the
   * marker, the catalog and submission files, and their folders, nothing else); refuses any other
   * folder with something in it, or a file.
   */
  static void prepare(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CliException(
          "--out " + dir + " เป็นไฟล์ ต้องเป็นโฟลเดอร์",
          "--out " + dir + " is a file, not a folder");
    }
    if (!Files.exists(dir)) {
      Path parent = dir.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new CliException("ไม่พบโฟลเดอร์ " + parent, "no such folder: " + parent);
      }
      Files.createDirectory(dir);
      return;
    }
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(dir)) {
      entries = walk.filter(p -> !p.equals(dir)).toList();
    }
    if (entries.isEmpty()) {
      return;
    }
    boolean earlierDemo =
        Files.isRegularFile(dir.resolve(MARKER))
            && entries.stream()
                .allMatch(
                    p ->
                        Files.isDirectory(p)
                            || p.equals(dir.resolve(MARKER))
                            || p.getFileName().toString().endsWith(".json"));
    if (!earlierDemo) {
      throw new CliException(
          "--out "
              + dir
              + " มีไฟล์อื่นอยู่แล้ว: ระบุโฟลเดอร์ใหม่หรือโฟลเดอร์ว่าง (เขียนทับได้เฉพาะข้อมูลสาธิตชุดก่อน)",
          "--out "
              + dir
              + " is not empty: give a new or empty folder (only an earlier demo is overwritten)");
    }
    for (Path p : entries.stream().sorted(Comparator.reverseOrder()).toList()) {
      Files.delete(p);
    }
  }
}
