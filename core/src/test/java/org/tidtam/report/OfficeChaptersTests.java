package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class OfficeChaptersTests {

  @Test
  void theOfficesChaptersPrintInTheirOrderAndAFormsChapterSlotsInBetween() throws IOException {
    OfficeChapters office =
        OfficeChapters.of(
            Map.of(
                OfficeChapter.PROBLEMS_AND_SUGGESTIONS,
                out -> out.paragraph("ปัญหาและข้อเสนอแนะ"),
                OfficeChapter.EXECUTIVE_SUMMARY,
                out -> out.paragraph("บรรลุ 10 จาก 12 ตัวชี้วัด"),
                OfficeChapter.SCHOOL_RESULTS,
                out -> out.paragraph("สถานศึกษา 210 แห่ง"),
                OfficeChapter.EDITORS,
                out -> out.paragraph("ที่ปรึกษา")));
    ReportContributor form =
        new ReportContributor() {
          @Override
          public List<ReportPart> reportParts(ReportScope scope) {
            return List.of(
                ReportPart.chapter(
                    OfficeChapter.SCHOOL_RESULTS.order() + 10,
                    "ส่วนที่ 5/1 ผลการประเมินของสถานศึกษา",
                    out -> out.paragraph("ผลการประเมิน")));
          }
        };
    AnnualReport report =
        AnnualReport.collect(
            ReportAssemblerTests.COVER,
            List.of(),
            List.of(),
            ReportAssemblerTests.SCOPE,
            List.of(form, office));

    byte[] docx = new ReportAssembler(ReportOptions.defaults()).assemble(report);

    try (XWPFDocument doc = ReportAssemblerTests.read(docx)) {
      assertThat(ReportAssemblerTests.texts(doc, "Heading1"))
          .containsExactly(
              "บทสรุปผู้บริหาร",
              "ส่วนที่ 5 ผลการดำเนินงานของสถานศึกษา",
              "ส่วนที่ 5/1 ผลการประเมินของสถานศึกษา",
              "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ",
              "ภาคผนวก",
              "ภาคผนวก ก คณะผู้จัดทำ");
    }
  }

  @Test
  void anOfficeWithoutContentAddsNothing() {
    assertThat(OfficeChapters.of(Map.of()).reportParts(ReportAssemblerTests.SCOPE)).isEmpty();
  }
}
