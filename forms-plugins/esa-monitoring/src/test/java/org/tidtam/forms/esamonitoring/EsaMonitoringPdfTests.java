package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.testkit.FormPluginHarness;

/** The rendered sample opens in LibreOffice and converts to PDF (skipped without LibreOffice). */
class EsaMonitoringPdfTests {

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("process.log").toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
  }

  @Test
  void sampleConvertsToPdf(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
    FormPluginHarness<EsaMonitoring> harness =
        FormPluginHarness.of(new EsaMonitoringPlugin())
            .withContext(Forms71.TestContext.demo(Forms71.supervisionProjects()));
    Path docx = dir.resolve("7.1.docx");
    Files.write(docx, harness.render(harness.sample()));

    run(
        dir,
        "soffice",
        "--headless",
        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--convert-to",
        "pdf",
        "--outdir",
        dir.toString(),
        docx.toString());

    Path pdf = dir.resolve("7.1.pdf");
    assertThat(pdf).exists();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    if (onPath("pdftotext")) {
      run(dir, "pdftotext", "-layout", pdf.toString(), dir.resolve("7.1.txt").toString());
      String text = Files.readString(dir.resolve("7.1.txt"));
      assertThat(text).contains("315,000.00", "281,500.00", "104.67", "KBI-2569-P05");
    }
  }
}
