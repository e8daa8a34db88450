package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.form.FormPlugin;
import org.tidtam.schema.FormRegistry;

/** Template authors check and try their own templates from the command line. */
class TidtamCliLintTests {

  @TempDir Path dir;

  private final TidtamCli cli = new TidtamCli();

  @Test
  void everyInstalledTemplateIsValid() {
    for (FormPlugin<?> plugin : FormRegistry.load().all()) {
      String form = plugin.id().value();
      CliResult r = run("lint", "--form", form);

      assertThat(r.code).as(form + ": " + r.err).isZero();
      assertThat(r.out).contains("แม่แบบใช้ได้");
    }
  }

  @Test
  void listsEveryProblemOfABrokenTemplateWithItsLocation() throws IOException {
    Path broken =
        withBodyStart(
            "<w:p><w:r><w:t xml:space=\"preserve\">{{projectNam}} {{#each projectName as x}}"
                + "</w:t></w:r></w:p>");

    CliResult r = run("lint", "--form", "7.2", "--template", broken.toString());

    assertThat(r.code).isEqualTo(TidtamCli.INVALID);
    assertThat(r.err.lines().filter(l -> l.startsWith("word/document.xml @ ")))
        .hasSizeGreaterThanOrEqualTo(2)
        .anySatisfy(l -> assertThat(l).contains("projectNam"))
        .anySatisfy(l -> assertThat(l).contains("each"));
    assertThat(r.err).contains("มีปัญหา");
  }

  @Test
  void rendersWithAnotherTemplate() throws IOException {
    Path custom =
        withBodyStart(
            "<w:p><w:r><w:t xml:space=\"preserve\">แม่แบบของเขต: {{projectName}}</w:t></w:r></w:p>");
    Path in = Files.writeString(dir.resolve("in.json"), sample(), UTF_8);
    Path out = dir.resolve("out.docx");

    CliResult r =
        run(
            "render",
            "--in",
            in.toString(),
            "--out",
            out.toString(),
            "--template",
            custom.toString());

    assertThat(r.code).as(r.err).isZero();
    try (InputStream stream = Files.newInputStream(out);
        XWPFDocument doc = new XWPFDocument(stream);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("แม่แบบของเขต: โครงการขับเคลื่อนการอ่านออกเขียนได้");
    }
  }

  /** The 7.2 template with extra paragraphs at the start of its body. */
  private Path withBodyStart(String paragraphs) throws IOException {
    byte[] original;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("templates/7.2-project-report.docx")) {
      assertThat(in).isNotNull();
      original = in.readAllBytes();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(original));
        ZipOutputStream zout = new ZipOutputStream(bytes)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        byte[] content = zin.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(content, UTF_8);
          int body = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
          content = (xml.substring(0, body) + paragraphs + xml.substring(body)).getBytes(UTF_8);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(content);
        zout.closeEntry();
      }
    }
    return Files.write(dir.resolve("custom.docx"), bytes.toByteArray());
  }

  private String sample() {
    CliResult r = run("sample", "--form", "7.2");
    assertThat(r.code).isZero();
    return r.out;
  }

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }
}
