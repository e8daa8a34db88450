package org.tidtam.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.CatalogFormatException;
import org.tidtam.catalog.CatalogJson;
import org.tidtam.form.Filing;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;
import org.tidtam.schema.FormRegistry;
import org.tidtam.thai.Round;
import org.tidtam.validation.Violation;

/**
 * A store of submissions at hand rather than in a database: for the command line, tests and
 * imports. Every submission is read with its plugin (older schema versions are upgraded) when the
 * store is built, so a bad one is reported at once, by name, instead of silently missing from a
 * report.
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
public final class DocumentStore implements SubmissionStore {

  private static final SubmissionCodec CODEC = SubmissionCodec.create();
  static final String CATALOG_FILE = "catalog.json";

  private final List<Entry> entries;

  private DocumentStore(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * A store of the given submissions, each read by its plugin in the registry. Errors name a
   * document by its position in the list ({@code submission 3}).
   *
   * @throws LocalizedException listing every document of an unknown form or that does not fit its
   *     form
   */
  public static DocumentStore of(List<SubmissionDocument> documents, FormRegistry registry) {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      sources.add(
          new Source(
              Message.of("tidtam.store.source.submission", "number", i + 1), documents.get(i)));
    }
    return build(sources, registry, List.of());
  }

  /**
   * A store of the submissions in a directory laid out as described in the class comment.
   *
   * @throws LocalizedException when the directory is missing, or listing every file that is not a
   *     submission, is of an unknown form or does not fit its form
   * @throws UncheckedIOException when a file cannot be read
   */
  public static DocumentStore fromDirectory(Path directory, FormRegistry registry) {
    requireDirectory(directory);
    Path catalogFile = directory.resolve(CATALOG_FILE);
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
    List<Message> problems = new ArrayList<>();
    for (Path file : files) {
      String name = relative(directory, file);
      try {
        SubmissionDocument document =
            CODEC.read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        sources.add(new Source(file(name), document));
      } catch (SubmissionFormatException e) {
        problems.addAll(notASubmission(file(name), e.violations()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return build(sources, registry, problems);
  }

  /**
   * The catalog of a context directory: its {@code catalog.json}, or the demo catalog when it has
   * none.
   *
   * @throws LocalizedException when the directory is missing or its catalog is not valid
   */
  public static Catalog catalogIn(Path directory) {
    requireDirectory(directory);
    Path file = directory.resolve(CATALOG_FILE);
    if (!Files.isRegularFile(file)) {
      return Catalog.demoCatalog();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return CatalogJson.read(in);
    } catch (CatalogFormatException e) {
      List<Message> lines = new ArrayList<>();
      lines.add(Message.of("tidtam.store.catalog.invalid", "file", CATALOG_FILE));
      lines.addAll(e.messages());
      throw new LocalizedException(lines, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public List<SubmissionDocument> find(
      FormId form, int fiscalYear, Round round, @Nullable String unitCode) {
    return entries.stream()
        .filter(e -> e.form().equals(form))
        .filter(e -> e.filing().fiscalYear() == fiscalYear && e.filing().round() == round)
        .filter(e -> unitCode == null || e.filing().unitCode().equals(unitCode))
        .map(Entry::document)
        .toList();
  }

  /** Every submission of the store, in the order read. */
  public List<SubmissionDocument> all() {
    return entries.stream().map(Entry::document).toList();
  }

  private static void requireDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new LocalizedException(
          Message.of("tidtam.store.directory.missing", "directory", directory.toString()));
    }
  }

  private static DocumentStore build(
      List<Source> sources, FormRegistry registry, List<Message> earlier) {
    List<Message> problems = new ArrayList<>(earlier);
    List<Entry> entries = new ArrayList<>();
    for (Source source : sources) {
      FormId form = source.document().form();
      Optional<FormPlugin<?>> plugin = registry.find(form.value());
      if (plugin.isEmpty()) {
        String known =
            registry.all().stream().map(p -> p.id().value()).collect(Collectors.joining(", "));
        known = known.isEmpty() ? "-" : known;
        problems.add(
            Message.of(
                "tidtam.store.form.unknown",
                "source",
                source.name(),
                "form",
                form.value(),
                "known",
                known));
        continue;
      }
      try {
        entry(plugin.get(), source.document()).ifPresent(entries::add);
      } catch (SubmissionFormatException e) {
        problems.addAll(notASubmission(source.name(), e.violations()));
      }
    }
    if (!problems.isEmpty()) {
      List<Message> lines = new ArrayList<>(problems.size() + 1);
      lines.add(Message.of("tidtam.store.unreadable"));
      lines.addAll(problems);
      throw new LocalizedException(lines, null);
    }
    return new DocumentStore(entries);
  }

  /** A submission upgraded and filed by its plugin; none while it lacks its year, round or unit. */
  private static <F extends Record> Optional<Entry> entry(
      FormPlugin<F> plugin, SubmissionDocument document) {
    SubmissionDocument current = CODEC.upgrade(plugin, document);
    F form = CODEC.toForm(plugin, current);
    return plugin.filing(form).map(filing -> new Entry(plugin.id(), filing, current));
  }

  /** A line naming the submission that does not fit its form, then a line per violation. */
  private static List<Message> notASubmission(Message source, List<Violation> violations) {
    List<Message> lines = new ArrayList<>(violations.size() + 1);
    lines.add(Message.of("tidtam.store.notASubmission", "source", source));
    for (Violation v : violations) {
      lines.add(
          Message.of(
              v.path().isEmpty() ? "tidtam.store.violation.form" : "tidtam.store.violation",
              "where",
              source,
              "path",
              v.path(),
              "message",
              v.message()));
    }
    return lines;
  }

  private static Message file(String name) {
    return Message.of("tidtam.store.source.file", "name", name);
  }

  private static String relative(Path directory, Path file) {
    return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** A submission and how to name it in an error. */
  private record Source(Message name, SubmissionDocument document) {}

  /** One stored submission at the current schema version, with its filing. */
  private record Entry(FormId form, Filing filing, SubmissionDocument document) {}
}
