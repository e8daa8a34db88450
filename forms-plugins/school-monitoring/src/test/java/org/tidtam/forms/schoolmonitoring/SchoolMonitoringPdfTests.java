package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts the rendered sample to PDF with LibreOffice, the way the server prints it: the file must
 * open and have pages. Runs only where LibreOffice is installed.
 */
class SchoolMonitoringPdfTests {

  @TempDir Path dir;

  @Test
  void libreOfficeConvertsTheRenderedSampleToPdf() throws Exception {
    String soffice = onPath("soffice");
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path docx = dir.resolve("7.3-sample.docx");
    Files.write(docx, Forms73.HARNESS.render(Forms73.sample()));

    Process p =
        new ProcessBuilder(
                soffice,
                "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();

    Path pdf = dir.resolve("7.3-sample.pdf");
    assertThat(pdf).exists();
    byte[] bytes = Files.readAllBytes(pdf);
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF-");
    assertThat(pageCount(raw)).isGreaterThanOrEqualTo(3);
  }

  private static int pageCount(String pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String onPath(String name) throws IOException {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      Path candidate = Path.of(d, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
