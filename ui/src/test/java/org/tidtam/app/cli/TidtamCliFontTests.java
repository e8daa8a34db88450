package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --font} changes the font of every style and run, not only the document defaults. */
class TidtamCliFontTests {

  private final TidtamCli cli = new TidtamCli();

  @TempDir Path dir;

  private int run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    return cli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
  }

  private static String part(Path docx, String name) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), UTF_8);
    }
  }

  @Test
  void theChosenFontReplacesTheThaiFontOfEveryStyleAndRun() throws IOException {
    Path sample = dir.resolve("7.2.json");
    assertThat(run("sample", "--form", "7.2", "--out", sample.toString())).isZero();
    Path plain = dir.resolve("plain.docx");
    Path chosen = dir.resolve("chosen.docx");

    assertThat(run("render", "--in", sample.toString(), "--out", plain.toString())).isZero();
    assertThat(
            run(
                "render",
                "--in",
                sample.toString(),
                "--out",
                chosen.toString(),
                "--font",
                "TH Sarabun New"))
        .isZero();

    assertThat(part(plain, "word/styles.xml")).contains("TH SarabunPSK");
    assertThat(part(chosen, "word/styles.xml"))
        .contains("TH Sarabun New")
        .doesNotContain("TH SarabunPSK");
    assertThat(part(chosen, "word/document.xml")).doesNotContain("TH SarabunPSK");
  }
}
