package org.tidtam.app.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tidtam.provenance.ProvenancePart;
import org.tidtam.report.TocRefresh;

/**
 * {@code GET /api/reports/annual/{fiscalYear}} on the demo data: the report as Word (with its
 * chapters and provenance) and PDF for planners and executives, refused to a school's staff, and
 * one-line errors for what does not read.
 */
@SpringBootTest
class ReportsApiTests {

  @Autowired WebApplicationContext context;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
  }

  private MvcResult annual(String user, String path) throws Exception {
    return mvc.perform(get("/api/reports/annual/" + path).with(httpBasic(user, user))).andReturn();
  }

  @Test
  void givesTheDraftReportAsWordWithItsChaptersAndProvenance() throws Exception {
    MvcResult result = annual("director", "2569");
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).contains("wordprocessingml");
    assertThat(result.getResponse().getHeader("Content-Disposition"))
        .contains("annual-report-2569.docx");
    byte[] docx = result.getResponse().getContentAsByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
          .contains(
              "บทสรุปผู้บริหาร",
              "ส่วนที่ 1 ข้อมูลพื้นฐาน",
              "ส่วนที่ 2 ทิศทางการดำเนินงาน",
              "ส่วนที่ 7 ปัญหา อุปสรรค และข้อเสนอแนะ");
    }
    var provenance = ProvenancePart.read(docx).orElseThrow();
    assertThat(provenance.sources()).isNotEmpty();
    assertThat(provenance.sources()).allSatisfy(s -> assertThat(s.submissionId()).isNotNull());
  }

  @Test
  void givesThePdfWhenLibreOfficeIsInstalled() throws Exception {
    MvcResult result = annual("planner", "2569?format=pdf");
    if (TocRefresh.available()) {
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
      byte[] pdf = result.getResponse().getContentAsByteArray();
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    } else {
      assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }
  }

  @Test
  void refusesWhatDoesNotRead() throws Exception {
    assertThat(annual("school1", "2569").getResponse().getStatus()).isEqualTo(403);
    assertThat(annual("planner", "abc").getResponse().getStatus()).isEqualTo(400);
    assertThat(annual("planner", "2569?format=odt").getResponse().getStatus()).isEqualTo(400);
    assertThat(annual("planner", "2569?edition=old").getResponse().getStatus()).isEqualTo(400);
    MvcResult none = annual("planner", "2590");
    assertThat(none.getResponse().getStatus()).isEqualTo(404);
    assertThat(none.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("ปีงบประมาณ 2590");
    assertThat(mvc.perform(get("/api/reports/annual/2569")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
  }
}
