package org.tidtam.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.form.FormContext;
import org.tidtam.i18n.Lang;
import org.tidtam.schema.FormRegistry;
import org.tidtam.submission.Submission;
import org.tidtam.submission.SubmissionService;
import org.tidtam.template.Numerals;
import org.tidtam.template.RenderOptions;
import org.tidtam.testforms.TestFormPlugin;
import org.tidtam.testforms.TestTemplates;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.LibreOffice;
import tools.jackson.databind.node.ObjectNode;

/** The provenance part: its XML, stamped into rendered documents and read back. */
class ProvenancePartTests {

  private static final String CUSTOM_XML =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
  private static final String CUSTOM_XML_PROPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
  private static final String HASH = "a".repeat(64);
  private static final RenderOptions OPTIONS =
      new RenderOptions(Lang.TH, Numerals.ARABIC, LocalDate.of(2026, 9, 30));

  private final TestFormPlugin plugin = new TestFormPlugin();
  private final SubmissionService service =
      SubmissionService.create(FormRegistry.of(List.of(plugin)))
          .withTemplates(name -> TestTemplates.full());
  private final FormContext context = FormContext.of(FormPluginHarness.demoCatalog());

  private static Provenance provenance(List<Provenance.Source> sources) {
    return Provenance.of(
        sources,
        new Provenance.TemplateRef("7.2 <โครงการ> & \"ปก\".docx", "sha256:" + HASH),
        Instant.parse("2026-12-06T06:30:15.250Z"));
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private byte[] rendered(RenderOptions options) {
    return service.render(service.sample(plugin), context, options);
  }

  @Test
  void roundTripsEveryFieldThroughTheXml() {
    Provenance p =
        provenance(
            List.of(
                new Provenance.Source("42 <ก&ข> \"x\"\u0001", 7L, "7.2", 3, HASH),
                new Provenance.Source(null, null, "7.3", 1, "b".repeat(64))));

    Provenance back = ProvenancePart.parse(ProvenancePart.xml(p));

    assertThat(back.sources())
        .containsExactly(
            new Provenance.Source("42 <ก&ข> \"x\"", 7L, "7.2", 3, HASH),
            new Provenance.Source(null, null, "7.3", 1, "b".repeat(64)));
    assertThat(back.template()).isEqualTo(p.template());
    assertThat(back.generator()).isEqualTo(p.generator()).startsWith("Tidtam ");
    assertThat(back.generatedAt()).isEqualTo(Instant.parse("2026-12-06T06:30:15Z"));
    assertThat(back.dataSha256()).isEqualTo(p.dataSha256());
    assertThat(new String(ProvenancePart.xml(p), StandardCharsets.UTF_8))
        .contains("xmlns=\"urn:tidtam:provenance:1\"");
  }

  @Test
  void theDataHashOfOneSourceIsItsOwnAndOfSeveralDependsOnTheirOrder() {
    Provenance.Source a = new Provenance.Source(null, null, "7.2", 1, HASH);
    Provenance.Source b = new Provenance.Source(null, null, "7.3", 1, "b".repeat(64));

    assertThat(Provenance.dataHashOf(List.of(a))).isEqualTo(HASH);
    assertThat(Provenance.dataHashOf(List.of(a, b)))
        .isEqualTo(
            DataHash.sha256(
                ("[\"" + HASH + "\",\"" + "b".repeat(64) + "\"]")
                    .getBytes(StandardCharsets.US_ASCII)))
        .isNotEqualTo(Provenance.dataHashOf(List.of(b, a)));
  }

  @Test
  void refusesXmlOfAnotherNamespaceOrWithoutItsFields() {
    assertThatThrownBy(() -> ProvenancePart.parse("<provenance xmlns=\"urn:other\"/>".getBytes()))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageContaining("urn:tidtam:provenance:1");
    assertThatThrownBy(
            () ->
                ProvenancePart.parse(
                    "<provenance xmlns=\"urn:tidtam:provenance:1\" generator=\"x\"/>".getBytes()))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void aRenderedFormCarriesItsFormSchemaTemplateAndDataHash() throws Exception {
    Submission<?> sample = service.sample(plugin);
    Instant before = Instant.now().minusSeconds(1);

    byte[] docx = service.render(sample, context, OPTIONS);

    Provenance p = ProvenancePart.read(docx).orElseThrow();
    assertThat(p.sources()).hasSize(1);
    Provenance.Source source = p.sources().getFirst();
    assertThat(source.formId()).isEqualTo("T.1");
    assertThat(source.schemaVersion()).isEqualTo(plugin.schemaVersion());
    assertThat(source.submissionId()).isNull();
    assertThat(source.version()).isNull();
    assertThat(source.dataSha256())
        .isEqualTo(DataHash.of(sample.document().data()))
        .isEqualTo(p.dataSha256());
    assertThat(p.template())
        .isEqualTo(
            new Provenance.TemplateRef(
                plugin.templateName(), "sha256:" + DataHash.sha256(TestTemplates.full())));
    assertThat(p.generatedAt()).isBetween(before, Instant.now().plusSeconds(1));
  }

  @Test
  void poiFindsThePartRelatedFromTheMainDocumentWithItsProperties() throws Exception {
    byte[] docx = rendered(OPTIONS.withSubmission("17", 4));

    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
      PackagePart main =
          pkg.getPart(
              pkg.getRelationshipsByType(
                      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
                  .getRelationship(0));
      PackageRelationshipCollection rels = main.getRelationshipsByType(CUSTOM_XML);
      assertThat(rels.size()).isEqualTo(1);
      PackagePart item = main.getRelatedPart(rels.getRelationship(0));
      assertThat(item.getPartName().getName()).isEqualTo("/customXml/item1.xml");
      Provenance p = ProvenancePart.parse(item.getInputStream().readAllBytes());
      assertThat(p.sources().getFirst().submissionId()).isEqualTo("17");
      assertThat(p.sources().getFirst().version()).isEqualTo(4L);

      PackagePart props =
          item.getRelatedPart(item.getRelationshipsByType(CUSTOM_XML_PROPS).getRelationship(0));
      assertThat(props.getContentType())
          .isEqualTo("application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
      assertThat(new String(props.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("ds:schemaRef ds:uri=\"urn:tidtam:provenance:1\"");
      assertThat(
              pkg.getPart(PackagingURIHelper.createPartName("/customXml/item1.xml"))
                  .getContentType())
          .isEqualTo("application/xml");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("โครงการพัฒนาการอ่านออกเขียนได้");
    }
  }

  @Test
  void theHashStaysForTheSameDataAndChangesWithTheData() {
    Submission<?> sample = service.sample(plugin);
    String first = ProvenancePart.read(rendered(OPTIONS)).orElseThrow().dataSha256();
    String again =
        ProvenancePart.read(rendered(OPTIONS.withLang(Lang.EN))).orElseThrow().dataSha256();

    ObjectNode data = (ObjectNode) sample.document().data().deepCopy();
    data.put("projectName", "โครงการอื่น");
    String json =
        service.write(
            new org.tidtam.submission.SubmissionDocument(
                sample.document().form(), sample.document().schemaVersion(), data));
    Submission<?> changed = service.read(json).submission();
    String other =
        ProvenancePart.read(service.render(changed, context, OPTIONS)).orElseThrow().dataSha256();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first).isEqualTo(DataHash.of(data));
  }

  @Test
  void untouchedEntriesKeepTheirBytesAndStampingAgainReplacesThePart() throws IOException {
    byte[] plain = TestTemplates.full();
    Provenance first = provenance(List.of(new Provenance.Source("1", 1L, "7.2", 1, HASH)));
    Provenance second = provenance(List.of(new Provenance.Source("1", 2L, "7.2", 1, HASH)));

    byte[] once = ProvenancePart.stamp(plain, first);
    byte[] twice = ProvenancePart.stamp(once, second);

    Map<String, byte[]> before = entries(plain);
    Map<String, byte[]> after = entries(twice);
    for (Map.Entry<String, byte[]> e : before.entrySet()) {
      if (!e.getKey().equals("[Content_Types].xml")
          && !e.getKey().equals("word/_rels/document.xml.rels")) {
        assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
    assertThat(after.keySet())
        .containsAll(before.keySet())
        .filteredOn(name -> name.startsWith("customXml/"))
        .containsExactlyInAnyOrder(
            "customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels");
    assertThat(ProvenancePart.read(twice)).contains(second);
    assertThat(ProvenancePart.read(plain)).isEmpty();
  }

  @Test
  void addsItsPartBesideAnotherCustomXmlPart() throws IOException {
    byte[] withOther;
    try (RawZip zip = RawZip.read(TestTemplates.full())) {
      zip.put("customXml/item1.xml", "<other xmlns=\"urn:other\"/>".getBytes());
      withOther = zip.write();
    }

    byte[] docx = ProvenancePart.stamp(withOther, provenance(List.of()));

    Map<String, byte[]> after = entries(docx);
    assertThat(new String(after.get("customXml/item1.xml"))).contains("urn:other");
    assertThat(new String(after.get("customXml/item2.xml"))).contains("urn:tidtam:provenance:1");
    assertThat(new String(after.get("word/_rels/document.xml.rels")))
        .contains("Target=\"../customXml/item2.xml\"");
    assertThat(ProvenancePart.read(docx).orElseThrow().sources()).isEmpty();
  }

  @Test
  void refusesWhatIsNotAWordDocument() throws IOException {
    assertThatThrownBy(() -> ProvenancePart.read("just text".getBytes()))
        .isInstanceOf(ProvenanceException.class)
        .hasMessage("not a zip package");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.txt"));
      zip.write("a".getBytes());
      zip.closeEntry();
    }
    assertThatThrownBy(() -> ProvenancePart.read(bytes.toByteArray()))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageContaining("not a Word document");
    assertThatThrownBy(() -> ProvenancePart.stamp(bytes.toByteArray(), provenance(List.of())))
        .isInstanceOf(ProvenanceException.class)
        .hasMessageContaining("not a Word document");
  }

  @Test
  void libreOfficeConvertsADocumentWithThePartAndKeepsThePart(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
    byte[] docx = rendered(OPTIONS.withSubmission("17", 4));

    assertThat(LibreOffice.pdfText(LibreOffice.toPdf(docx, dir)))
        .contains("โครงการพัฒนาการอ่านออกเขียนได้");

    // saved again as .docx, LibreOffice keeps the custom XML part
    Path in = dir.resolve("form.docx");
    Files.write(in, docx);
    Path out = Files.createDirectories(dir.resolve("saved"));
    Process soffice =
        new ProcessBuilder(
                "soffice",
                "--headless",
                "-env:UserInstallation=" + dir.resolve("profile2").toUri(),
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                out.toString(),
                in.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Provenance kept = ProvenancePart.read(out.resolve("form.docx")).orElseThrow();
    assertThat(kept).isEqualTo(ProvenancePart.read(docx).orElseThrow());
  }
}
