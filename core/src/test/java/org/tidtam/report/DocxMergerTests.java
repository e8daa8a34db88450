package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxMergerTests {

  private static byte[] reportMerging(byte[] form) {
    AnnualReport annual =
        new AnnualReport(
            ReportAssemblerTests.COVER,
            List.of(),
            List.of(),
            List.of(ReportPart.annex(1, "แบบรายงาน", out -> out.merge(form))));
    return new ReportAssembler(ReportOptions.defaults()).assemble(annual);
  }

  /** Every relationship id the body names exists in the body's relationships. */
  static void assertRelationshipsResolve(byte[] docx) {
    String xml = ReportAssemblerTests.entry(docx, "word/document.xml");
    String rels = ReportAssemblerTests.entry(docx, "word/_rels/document.xml.rels");
    List<String> ids =
        ReportAssemblerTests.all(xml, Pattern.compile("\\br:(?:id|embed|link)=\"([^\"]+)\""));
    assertThat(ids).isNotEmpty().allMatch(id -> rels.contains("Id=\"" + id + "\""));
  }

  @Test
  void aDocumentOfTwoSectionsKeepsBothWithTheirHeaders() throws Exception {
    byte[] report = reportMerging(SampleDocx.twoSectionForm("แบบสองส่วน"));
    String xml = ReportAssemblerTests.entry(report, "word/document.xml");
    List<String> sections =
        ReportAssemblerTests.all(xml, Pattern.compile("(<w:sectPr>.*?</w:sectPr>)"));
    Pattern header = Pattern.compile("w:headerReference w:type=\"default\" r:id=\"([^\"]+)\"");
    // the cover's section names the report's own header
    String reportHeader = ReportAssemblerTests.all(sections.getFirst(), header).getFirst();
    List<String> merged =
        sections.stream()
            .filter(s -> !ReportAssemblerTests.all(s, header).getFirst().equals(reportHeader))
            .toList();
    // the form's portrait section and its landscape last section, each with the form's header
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0)).doesNotContain("landscape");
    assertThat(merged.get(1)).contains("w:orient=\"landscape\"");
    assertRelationshipsResolve(report);
  }

  @Test
  void aDocumentWrittenWithOtherPrefixesIsMergedAsWell() throws Exception {
    byte[] report = reportMerging(SampleDocx.withOtherPrefix(SampleDocx.landscapeForm("แบบ ns0")));
    try (XWPFDocument doc = ReportAssemblerTests.read(report)) {
      assertThat(ReportAssemblerTests.texts(doc, SampleDocx.FORM_STYLE)).containsExactly("แบบ ns0");
      assertThat(doc.getParagraphs())
          .filteredOn(p -> p.getText().equals("ข้อแรก"))
          .singleElement()
          .satisfies(p -> assertThat(p.getNumID()).isNotNull());
      assertThat(doc.getAllPictures()).hasSize(2);
    }
    assertRelationshipsResolve(report);
  }

  @Test
  void aMergedDocumentsHeadingsMoveOneLevelDown() {
    String xml =
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading9\"/></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading\"/></w:pPr></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Heading10\"/></w:pPr></w:p>";

    assertThat(DocxMerger.belowThePartsTitle(xml))
        .isEqualTo(
            "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading3\"/></w:pPr></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading9\"/></w:pPr></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading\"/></w:pPr></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading10\"/></w:pPr></w:p>");
  }
}
