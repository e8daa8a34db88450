package org.tidtam.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogFormatException;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.thai.Round;
import org.tidtam.validation.Violation;

/**
 * Builds a {@link FormContext} from submissions at hand rather than from a database: for the
 * command line, tests and imports. Every submission is read with its plugin (older schema versions
 * are upgraded) when the context is built, so a bad one is reported at once, by name, instead of
 * silently missing from a report.
 *
 * <p>A context directory (the command line's {@code render --form 7.1 --in x.json --context dir/})
 * looks like this:
 *
 * <pre>
 * dir/
 *   catalog.json            the office's catalog (optional; the demo catalog when absent)
 *   7.2/project-a.json      every other *.json file, at any depth, is one submission
 *   7.2/project-b.json      in the exchange format {"form", "schemaVersion", "data"}
 *   2569/7.3-school-x.json  sub-folders are only for people: any layout will do
 * </pre>
 *
 * Files are read in the order of their relative paths. A file that is not a submission, names a
 * form no installed plugin knows, or does not fit its form is an error naming the file.
 */
public final class FormContexts {

  private static final SubmissionCodec CODEC = SubmissionCodec.create();
  private static final String CATALOG_FILE = "catalog.json";

  private FormContexts() {}

  /**
   * A context over a catalog and submissions, each read by its plugin in the registry. Errors name
   * a document by its position in the list ({@code submission 3}).
   *
   * @throws IllegalArgumentException listing every document of an unknown form or that does not fit
   *     its form
   */
  public static FormContext of(
      Catalog catalog, List<SubmissionDocument> documents, FormRegistry registry) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      sources.add(
          new Source("ข้อมูลลำดับที่ " + (i + 1), "submission " + (i + 1), documents.get(i)));
    }
    return build(catalog, sources, registry, List.of());
  }

  /**
   * A context from a directory laid out as described in the class comment.
   *
   * @throws IllegalArgumentException when the directory is missing, or listing every file that is
   *     not a submission, is of an unknown form or does not fit its form
   * @throws UncheckedIOException when a file cannot be read
   */
  public static FormContext fromDirectory(Path directory, FormRegistry registry) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException(
          "ไม่พบโฟลเดอร์ข้อมูลประกอบ "
              + directory
              + " (the context directory does not exist: "
              + directory
              + ")");
    }
    Path catalogFile = directory.resolve(CATALOG_FILE);
    Catalog catalog =
        Files.isRegularFile(catalogFile) ? readCatalog(catalogFile) : Catalog.demoCatalog();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(p -> !p.equals(catalogFile))
              .sorted(Comparator.comparing(p -> relative(directory, p)))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
    List<Source> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = relative(directory, file);
      try {
        SubmissionDocument document =
            CODEC.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        sources.add(new Source("แฟ้ม " + name, "file " + name, document));
      } catch (SubmissionFormatException e) {
        problems.add(notASubmission("แฟ้ม " + name, "file " + name, e.violations()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return build(catalog, sources, registry, problems);
  }

  private static Catalog readCatalog(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CatalogJson.read(in);
    } catch (CatalogFormatException e) {
      throw new IllegalArgumentException(
          "แฟ้ม "
              + CATALOG_FILE
              + " ไม่ใช่บัญชีข้อมูลอ้างอิงที่ถูกต้อง (file "
              + CATALOG_FILE
              + " is not a valid catalog): "
              + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static FormContext build(
      Catalog catalog, List<Source> sources, FormRegistry registry, List<String> earlier) {
    List<String> problems = new ArrayList<>(earlier);
    List<Entry<?>> entries = new ArrayList<>();
    for (Source source : sources) {
      Optional<FormPlugin<?>> plugin = registry.find(source.document().form().value());
      if (plugin.isEmpty()) {
        String known =
            registry.all().stream().map(p -> p.id().value()).collect(Collectors.joining(", "));
        known = known.isEmpty() ? "-" : known;
        FormId form = source.document().form();
        problems.add(
            source.th()
                + ": ไม่รู้จักแบบฟอร์มรหัส \""
                + form
                + "\" (มี: "
                + known
                + "); "
                + source.en()
                + ": unknown form \""
                + form
                + "\" (known: "
                + known
                + ")");
        continue;
      }
      try {
        entries.add(Entry.of(plugin.get(), source.document()));
      } catch (SubmissionFormatException e) {
        problems.add(notASubmission(source.th(), source.en(), e.violations()));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "อ่านข้อมูลประกอบไม่ได้ (the context cannot be read):\n" + String.join("\n", problems));
    }
    return new DocumentContext(catalog, entries);
  }

  private static String notASubmission(String th, String en, List<Violation> violations) {
    return th
        + " ไม่ตรงตามรูปแบบของแบบฟอร์ม ("
        + en
        + " does not fit its form):\n"
        + violations.stream().map(v -> "    - " + v).collect(Collectors.joining("\n"));
  }

  private static String relative(Path directory, Path file) {
    return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** A submission and how to name it in an error, in Thai and English. */
  private record Source(String th, String en, SubmissionDocument document) {}

  /** A fiscal year and round, the grouping of {@link FormContext#submissions}. */
  private record Period(int fiscalYear, Round round) {}

  /** One submission read by its plugin. */
  private record Entry<F extends Record>(
      FormPlugin<F> plugin, F form, SubmissionDocument document) {

    static <F extends Record> Entry<F> of(FormPlugin<F> plugin, SubmissionDocument document) {
      SubmissionDocument current = CODEC.upgrade(plugin, document);
      return new Entry<>(plugin, CODEC.toForm(plugin, current), current);
    }

    @SuppressWarnings("unchecked")
    Optional<ProjectSummarySource<F>> source() {
      return plugin instanceof ProjectSummarySource<?> s
          ? Optional.of((ProjectSummarySource<F>) s)
          : Optional.empty();
    }

    Optional<Period> period() {
      Optional<ProjectSummarySource<F>> source = source();
      if (source.isPresent()) {
        return source.get().key(form).map(k -> new Period(k.fiscalYear(), k.round()));
      }
      Optional<Integer> year = RecordValues.fiscalYear(form);
      Optional<Round> round = RecordValues.round(form);
      return year.isPresent() && round.isPresent()
          ? Optional.of(new Period(year.get(), round.get()))
          : Optional.empty();
    }
  }

  private record SubmissionKey(FormId form, Period period) {}

  /** The context over read submissions; the project list is built on first use, then kept. */
  private static final class DocumentContext implements FormContext {
    private final Catalog catalog;
    private final List<Entry<?>> entries;
    private final Map<SubmissionKey, List<SubmissionDocument>> submissions;
    private volatile @Nullable Map<ProjectSummarySource.Key, List<ProjectSummary>> projects;

    DocumentContext(Catalog catalog, List<Entry<?>> entries) {
      this.catalog = catalog;
      this.entries = List.copyOf(entries);
      Map<SubmissionKey, List<SubmissionDocument>> grouped = new LinkedHashMap<>();
      for (Entry<?> entry : entries) {
        entry
            .period()
            .ifPresent(
                p ->
                    grouped
                        .computeIfAbsent(
                            new SubmissionKey(entry.plugin().id(), p), k -> new ArrayList<>())
                        .add(entry.document()));
      }
      Map<SubmissionKey, List<SubmissionDocument>> frozen = new LinkedHashMap<>();
      grouped.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      this.submissions = Map.copyOf(frozen);
    }

    @Override
    public Catalog catalog() {
      return catalog;
    }

    @Override
    public List<SubmissionDocument> submissions(FormId form, int fiscalYear, Round round) {
      return submissions.getOrDefault(
          new SubmissionKey(form, new Period(fiscalYear, round)), List.of());
    }

    @Override
    public List<ProjectSummary> projects(int fiscalYear, Round round, String groupCode) {
      return projects()
          .getOrDefault(new ProjectSummarySource.Key(fiscalYear, round, groupCode), List.of());
    }

    private Map<ProjectSummarySource.Key, List<ProjectSummary>> projects() {
      Map<ProjectSummarySource.Key, List<ProjectSummary>> built = projects;
      if (built == null) {
        synchronized (this) {
          built = projects;
          if (built == null) {
            built = summarize(entries);
            projects = built;
          }
        }
      }
      return built;
    }

    private static Map<ProjectSummarySource.Key, List<ProjectSummary>> summarize(
        List<Entry<?>> entries) {
      Map<ProjectSummarySource.Key, List<ProjectSummary>> grouped = new LinkedHashMap<>();
      for (Entry<?> entry : entries) {
        summary(entry)
            .ifPresent(
                s -> grouped.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s.summary()));
      }
      Comparator<ProjectSummary> order =
          Comparator.comparing(ProjectSummary::code).thenComparing(ProjectSummary::name);
      Map<ProjectSummarySource.Key, List<ProjectSummary>> sorted = new LinkedHashMap<>();
      grouped.forEach((k, v) -> sorted.put(k, v.stream().sorted(order).toList()));
      return Map.copyOf(sorted);
    }

    private static <F extends Record> Optional<Keyed> summary(Entry<F> entry) {
      return entry
          .source()
          .flatMap(
              source ->
                  source.key(entry.form()).map(k -> new Keyed(k, source.summarize(entry.form()))));
    }
  }

  private record Keyed(ProjectSummarySource.Key key, ProjectSummary summary) {}
}
