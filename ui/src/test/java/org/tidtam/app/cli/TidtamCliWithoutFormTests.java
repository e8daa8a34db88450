package org.tidtam.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.provenance.DataHash;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;
import tools.jackson.databind.json.JsonMapper;

/** The template engine on its own: any template, any JSON data, no form. */
class TidtamCliWithoutFormTests {

  private final TidtamCli cli = new TidtamCli();

  @TempDir Path dir;

  /** A Word file written by POI, an author that is not Tidtam. */
  private Path template(String... paragraphs) throws IOException {
    Path file = dir.resolve("letter.docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    }
    return file;
  }

  private Path data(String json) throws IOException {
    return Files.writeString(dir.resolve("data.json"), json, UTF_8);
  }

  @Test
  void rendersATemplateOfNoFormWithJsonData() throws IOException {
    Path template =
        template(
            "เรียน {{to}}",
            "{{#each items as i}}",
            "{{i.name}} {{i.amount | baht}} บาท",
            "{{/each}}");
    Path data =
        data(
            """
            {"to": "ผู้อำนวยการ", "items": [{"name": "ค่าอาหาร", "amount": 1500.5},
             {"name": "ค่าเดินทาง", "amount": 300}]}
            """);
    Path out = dir.resolve("out.docx");

    CliResult r =
        run(
            "render",
            "--template",
            template.toString(),
            "--data",
            data.toString(),
            "--out",
            out.toString());

    assertThat(r.code).as(r.err).isZero();
    try (InputStream in = Files.newInputStream(out);
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("เรียน ผู้อำนวยการ", "ค่าอาหาร 1,500.50 บาท", "ค่าเดินทาง 300.00 บาท")
          .doesNotContain("{{");
    }
    // no form, so no source: the template by its bytes and the hash of the data
    Provenance p = ProvenancePart.read(out).orElseThrow();
    assertThat(p.sources()).isEmpty();
    assertThat(p.template())
        .isEqualTo(Provenance.TemplateRef.of("letter.docx", Files.readAllBytes(template)));
    assertThat(p.dataSha256())
        .isEqualTo(DataHash.of(JsonMapper.builder().build().readTree(data.toFile())));
  }

  @Test
  void checksTheTemplateAgainstTheDataUnlessToldNot() throws IOException {
    Path template = template("เรียน {{recipient}}");
    Path data = data("{\"to\": \"ผู้อำนวยการ\"}");
    Path out = dir.resolve("out.docx");

    CliResult checked =
        run(
            "render",
            "--template",
            template.toString(),
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--lang",
            "en");
    assertThat(checked.code).isEqualTo(TidtamCli.INVALID);
    assertThat(checked.err).contains("recipient").contains("1 problem(s)");
    assertThat(out).doesNotExist();

    CliResult unchecked =
        run(
            "render",
            "--template",
            template.toString(),
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--no-lint");
    assertThat(unchecked.code).as(unchecked.err).isZero();
    assertThat(out).exists();
  }

  @Test
  void lintsATemplateAloneOrAgainstData() throws IOException {
    Path template = template("เรียน {{to}}", "{{#if}}");

    CliResult alone = run("lint", "--template", template.toString(), "--lang", "en");
    assertThat(alone.code).isEqualTo(TidtamCli.INVALID);
    assertThat(alone.err).contains("letter.docx has 1 problem(s)");

    Path good = template("เรียน {{to}}");
    assertThat(run("lint", "--template", good.toString()).code).isZero();
    assertThat(
            run("lint", "--template", good.toString(), "--data", data("{\"from\": 1}").toString())
                .code)
        .isEqualTo(TidtamCli.INVALID);
  }

  private CliResult run(String... args) {
    return CliResult.run(cli, args);
  }
}
