package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.tidtam.provenance.Provenance;
import org.tidtam.provenance.ProvenancePart;

/** The annual report names the submissions it was made from and its layout. */
class ReportProvenanceTests {

  private static final Provenance.Source SCHOOL =
      new Provenance.Source("12", 3L, "7.3", 1, "c".repeat(64));
  private static final Provenance.Source PROJECT =
      new Provenance.Source("15", 1L, "7.2", 2, "d".repeat(64));

  private static List<String> customXml(byte[] docx) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("customXml/item") && !e.getName().contains("Props")) {
          names.add(e.getName());
        }
      }
    }
    return names;
  }

  @Test
  void theReportNamesItsSourcesAndLayoutNotThoseOfTheFormsItMerges() throws Exception {
    byte[] form =
        ProvenancePart.stamp(
            SampleDocx.landscapeForm("แบบรายงานโครงการทดสอบ"),
            Provenance.of(
                List.of(PROJECT),
                new Provenance.TemplateRef("7.2.docx", "sha256:" + "e".repeat(64)),
                Instant.now()));
    AnnualReport annual =
        new AnnualReport(
            ReportAssemblerTests.COVER,
            List.of("คำนำ"),
            List.of(),
            List.of(ReportPart.chapter(100, "ส่วนที่ 1 โครงการ", out -> out.merge(form))));
    Instant before = Instant.now().minusSeconds(1);

    byte[] report =
        new ReportAssembler(ReportOptions.defaults()).assemble(annual, List.of(SCHOOL, PROJECT));

    Provenance p = ProvenancePart.read(report).orElseThrow();
    assertThat(p.sources()).containsExactly(SCHOOL, PROJECT);
    assertThat(p.template()).isEqualTo(ReportAssembler.LAYOUT);
    assertThat(p.dataSha256()).isEqualTo(Provenance.dataHashOf(List.of(SCHOOL, PROJECT)));
    assertThat(p.generatedAt()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(customXml(report)).hasSize(1);
    try (var doc = ReportAssemblerTests.read(report)) {
      assertThat(doc.getParagraphs()).anyMatch(par -> par.getText().contains("ส่วนที่ 1 โครงการ"));
    }
  }

  @Test
  void aReportWithoutNamedSourcesStillNamesItsLayoutAndTime() {
    AnnualReport annual =
        new AnnualReport(ReportAssemblerTests.COVER, List.of("คำนำ"), List.of(), List.of());

    Provenance p =
        ProvenancePart.read(new ReportAssembler(ReportOptions.defaults()).assemble(annual))
            .orElseThrow();

    assertThat(p.sources()).isEmpty();
    assertThat(p.template()).isEqualTo(ReportAssembler.LAYOUT);
    assertThat(p.dataSha256()).isEqualTo(Provenance.dataHashOf(List.of()));
  }
}
