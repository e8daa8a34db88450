package org.tidtam.report;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Fills the report's table of contents and its lists of tables and charts with page numbers before
 * the file is handed out, so that it opens without Word's "update fields?" prompt. When LibreOffice
 * ({@code soffice}) and the system Python with LibreOffice's {@code uno} module are installed, a
 * small Python script (shipped with core) starts a hidden LibreOffice with a fresh user profile,
 * updates every index twice and the text fields, and stores the document as Word and, when asked,
 * as PDF. Without LibreOffice the document is returned as assembled: its fields are marked to be
 * updated when Word opens it ({@link Refreshed#refreshed()} is false, for the host to say so).
 */
public final class TocRefresh {

  /** The system Python that carries LibreOffice's {@code uno} module on Debian. */
  static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

  private static final String SCRIPT = "refresh-indexes.py";

  private static volatile @Nullable Boolean available;

  private static final String SOFFICE = "soffice";

  /** How often the wait for Python looks whether LibreOffice is still running. */
  private static final long POLL = TimeUnit.MILLISECONDS.toNanos(250);

  private final Duration timeout;
  private final String program;

  /** A refresh that gives up after {@code timeout}. */
  public TocRefresh(Duration timeout) {
    this(timeout, SOFFICE);
  }

  /**
   * A refresh with another LibreOffice program, by name on the {@code PATH} or by path, e.g. one
   * that is not installed in a test.
   */
  TocRefresh(Duration timeout, String program) {
    this.timeout = timeout;
    this.program = program;
  }

  /** A refresh that gives up after five minutes (a report of 250 pages takes about 15 s). */
  public static TocRefresh withDefaults() {
    return new TocRefresh(Duration.ofMinutes(5));
  }

  /**
   * The refreshed document.
   *
   * @param docx the Word document
   * @param pdf the PDF, when asked and LibreOffice is present
   * @param refreshed whether the indexes carry page numbers; when false, Word fills them on opening
   */
  public record Refreshed(byte[] docx, byte @Nullable [] pdf, boolean refreshed) {

    /** The PDF, when there is one. */
    public Optional<byte[]> pdfBytes() {
      return Optional.ofNullable(pdf);
    }
  }

  /**
   * Whether LibreOffice and the system Python with {@code uno} are installed (checked once: the
   * check starts Python).
   */
  public static boolean available() {
    Boolean known = available;
    if (known == null) {
      known = installed(SOFFICE);
      available = known;
    }
    return known;
  }

  /**
   * Refreshes the indexes of the assembled report and, with {@code pdf}, makes its PDF as well;
   * without LibreOffice returns the document unchanged with no PDF.
   *
   * @throws ReportException when LibreOffice is present but fails or runs out of time
   */
  public Refreshed refresh(byte[] docx, boolean pdf) {
    if (!(program.equals(SOFFICE) ? available() : installed(program))) {
      return new Refreshed(docx, null, false);
    }
    try {
      return refreshOnce(docx, pdf);
    } catch (ReportException first) {
      // a hidden LibreOffice now and then dies while it starts or stores (seen on fresh machines);
      // a second, fresh one almost always succeeds, and its failure is the one reported
      if (first.getCause() instanceof InterruptedException) {
        throw first;
      }
      try {
        return refreshOnce(docx, pdf);
      } catch (ReportException second) {
        second.addSuppressed(first);
        throw second;
      }
    }
  }

  private Refreshed refreshOnce(byte[] docx, boolean pdf) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("tidtam-report-");
      return refreshIn(dir, docx, pdf);
    } catch (IOException e) {
      throw new ReportException("the report's indexes could not be refreshed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportException("the refresh of the report's indexes was interrupted", e);
    } finally {
      if (dir != null) {
        delete(dir);
      }
    }
  }

  private Refreshed refreshIn(Path dir, byte[] docx, boolean pdf)
      throws IOException, InterruptedException {
    Path script = dir.resolve(SCRIPT);
    try (InputStream in = TocRefresh.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from core");
      }
      Files.copy(in, script);
    }
    Path source = dir.resolve("report.docx");
    Path target = dir.resolve("refreshed.docx");
    Path pdfFile = dir.resolve("refreshed.pdf");
    Files.write(source, docx);
    Path profile = Files.createDirectories(dir.resolve("profile"));
    String pipe = "tidtam-" + UUID.randomUUID();
    long deadline = System.nanoTime() + timeout.toNanos();

    Process office =
        new ProcessBuilder(
                program,
                "--headless",
                "--invisible",
                "--norestore",
                "--nologo",
                "--nodefault",
                "-env:UserInstallation=" + profile.toUri(),
                "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    try {
      List<String> command = new ArrayList<>();
      command.addAll(
          List.of(
              SYSTEM_PYTHON.toString(),
              "-u",
              script.toString(),
              pipe,
              source.toString(),
              target.toString()));
      if (pdf) {
        command.add(pdfFile.toString());
      }
      Path log = dir.resolve("python.log");
      Process python =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      while (!python.waitFor(Math.min(remaining(deadline), POLL), TimeUnit.NANOSECONDS)) {
        if (remaining(deadline) == 0) {
          python.destroyForcibly().waitFor();
          throw new ReportException(
              "LibreOffice did not refresh the report's indexes within "
                  + timeout.toSeconds()
                  + " s");
        }
        if (!office.isAlive()) {
          // the office died before Python reached it: Python would wait for it in vain
          python.destroyForcibly().waitFor();
          throw new ReportException(
              "LibreOffice ended with "
                  + office.exitValue()
                  + " before it refreshed the report's indexes: "
                  + lastLines(dir.resolve("soffice.log")));
        }
      }
      if (python.exitValue() != 0 || !nonEmpty(target) || (pdf && !nonEmpty(pdfFile))) {
        throw new ReportException(
            "LibreOffice could not refresh the report's indexes (exit "
                + python.exitValue()
                + (office.isAlive() ? "" : ", LibreOffice ended with " + office.exitValue())
                + "): "
                + lastLines(log)
                + " / LibreOffice: "
                + lastLines(dir.resolve("soffice.log")));
      }
      office.waitFor(
          Math.min(remaining(deadline), TimeUnit.SECONDS.toNanos(20)), TimeUnit.NANOSECONDS);
      return new Refreshed(
          Files.readAllBytes(target), pdf ? Files.readAllBytes(pdfFile) : null, true);
    } finally {
      stop(office);
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static void stop(Process office) throws InterruptedException {
    if (office.isAlive()) {
      office.descendants().forEach(ProcessHandle::destroyForcibly);
      office.destroyForcibly();
      office.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static boolean nonEmpty(Path file) throws IOException {
    return Files.isRegularFile(file) && Files.size(file) > 0;
  }

  private static String lastLines(Path log) throws IOException {
    if (!Files.isRegularFile(log) || Files.size(log) == 0) {
      return "no output";
    }
    List<String> lines =
        new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.isBlank())
            .toList();
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }

  private static boolean installed(String program) {
    return onPath(program) && Files.isExecutable(SYSTEM_PYTHON) && pythonHasUno();
  }

  private static boolean pythonHasUno() {
    try {
      Process p =
          new ProcessBuilder(SYSTEM_PYTHON.toString(), "-c", "import uno")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean onPath(String program) {
    if (program.contains(File.separator)) {
      return Files.isExecutable(Path.of(program));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(TocRefresh::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is cleaned by the system
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // see delete
    }
  }
}
