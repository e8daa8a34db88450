package org.tidtam.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts rendered documents to PDF with headless LibreOffice and reads the PDF's text with
 * pdftotext (Debian's {@code libreoffice-writer-nogui} and {@code poppler-utils}), so that a
 * plugin's tests can check that Word's other reader opens its documents and prints their Thai
 * values. Tests that need it start with {@code assumeTrue(LibreOffice.available(), ...)}.
 */
public final class LibreOffice {
  private static final int TIMEOUT_SECONDS = 180;
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");
  private static final Pattern PAGE_BOX =
      Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
  private static final Pattern WORD_BOX =
      Pattern.compile(
          "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\""
              + " yMax=\"([0-9.]+)\">([^<]*)</word>");

  private LibreOffice() {}

  /** Whether both {@code soffice} and {@code pdftotext} are on the {@code PATH}. */
  public static boolean available() {
    return onPath("soffice") && onPath("pdftotext");
  }

  /** Whether a program is on the {@code PATH}. */
  public static boolean onPath(String program) {
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

  /**
   * Converts the .docx to {@code dir/report.pdf} with a fresh user profile; fails when no PDF
   * appears (soffice exits 0 even when it could not load the file).
   */
  public static Path toPdf(byte[] docx, Path dir) throws IOException, InterruptedException {
    Path in = dir.resolve("report.docx");
    Files.write(in, docx);
    Path profile = Files.createDirectories(dir.resolve("profile"));
    run(
        List.of(
            "soffice",
            "--headless",
            "-env:UserInstallation=" + profile.toUri(),
            "--convert-to",
            "pdf",
            "--outdir",
            dir.toString(),
            in.toString()),
        dir);
    Path pdf = dir.resolve("report.pdf");
    if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
      throw new AssertionError("LibreOffice produced no PDF from the rendered document");
    }
    byte[] head = new byte[5];
    try (var stream = Files.newInputStream(pdf)) {
      if (stream.readNBytes(head, 0, 5) != 5
          || !new String(head, StandardCharsets.US_ASCII).equals("%PDF-")) {
        throw new AssertionError("LibreOffice wrote something that is not a PDF: " + pdf);
      }
    }
    return pdf;
  }

  /** The PDF's text, in reading order with the page layout kept ({@code pdftotext -layout}). */
  public static String pdfText(Path pdf) throws IOException, InterruptedException {
    Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
    run(
        List.of("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), txt.toString()),
        pdf.getParent());
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  /**
   * The PDF's pages with their words and word boxes ({@code pdftotext -bbox-layout}), for tests
   * that look at how a document is laid out: what is on which page, whether a number wraps.
   */
  public static List<PdfPage> pages(Path pdf) throws IOException, InterruptedException {
    Path html = pdf.resolveSibling(pdf.getFileName() + ".bbox.html");
    run(
        List.of("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf.toString(), html.toString()),
        pdf.getParent());
    String xhtml = Files.readString(html, StandardCharsets.UTF_8);
    List<PdfPage> pages = new ArrayList<>();
    Matcher page = PAGE_BOX.matcher(xhtml);
    List<int[]> starts = new ArrayList<>();
    while (page.find()) {
      starts.add(new int[] {page.start(), page.end()});
    }
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[0];
      int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : xhtml.length();
      Matcher head = PAGE_BOX.matcher(xhtml).region(from, to);
      if (!head.find()) {
        continue;
      }
      List<PdfPage.Word> words = new ArrayList<>();
      Matcher w = WORD_BOX.matcher(xhtml).region(starts.get(i)[1], to);
      while (w.find()) {
        words.add(
            new PdfPage.Word(
                DocxText.unescape(w.group(5)),
                Double.parseDouble(w.group(1)),
                Double.parseDouble(w.group(2)),
                Double.parseDouble(w.group(3)),
                Double.parseDouble(w.group(4))));
      }
      pages.add(
          new PdfPage(
              i + 1, Double.parseDouble(head.group(1)), Double.parseDouble(head.group(2)), words));
    }
    return pages;
  }

  /** The number of pages of a PDF. */
  public static int pageCount(Path pdf) throws IOException {
    Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    return pages;
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(command.getFirst() + ".log").toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError(command.getFirst() + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(
          command.getFirst()
              + " failed with exit code "
              + p.exitValue()
              + ": "
              + Files.readString(dir.resolve(command.getFirst() + ".log")));
    }
  }
}
