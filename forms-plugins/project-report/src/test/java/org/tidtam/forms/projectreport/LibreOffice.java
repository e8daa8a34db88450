package org.tidtam.forms.projectreport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Converts rendered documents to PDF with LibreOffice and reads the PDF's text with pdftotext. */
final class LibreOffice {
  private LibreOffice() {}

  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Converts the .docx to PDF in {@code dir} with a fresh user profile; fails when no PDF appears
   * (soffice exits 0 even when it could not load the file).
   */
  static Path toPdf(byte[] docx, Path dir) throws IOException, InterruptedException {
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
    return pdf;
  }

  static String pdfText(Path pdf) throws IOException, InterruptedException {
    Path txt = pdf.resolveSibling("report.txt");
    run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()), pdf.getParent());
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("process.log").toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(command.getFirst() + " did not finish in 120 s");
    }
  }
}
