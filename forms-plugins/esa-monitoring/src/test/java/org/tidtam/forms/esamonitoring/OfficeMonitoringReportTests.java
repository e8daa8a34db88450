package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.Filing;
import org.tidtam.form.ProjectFact;
import org.tidtam.report.AnnualReport;
import org.tidtam.report.ReportAssembler;
import org.tidtam.report.ReportCover;
import org.tidtam.report.ReportOptions;
import org.tidtam.report.ReportPart;
import org.tidtam.report.ReportScope;
import org.tidtam.report.ReportSources;
import org.tidtam.testkit.FormPluginHarness;
import org.tidtam.testkit.Records;
import org.tidtam.thai.Round;

/** The office's own 7.1 as an annex of the annual report, rendered by the host and read back. */
class OfficeMonitoringReportTests {

  static final String OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่";

  /** The projects of two groups, as their 7.2 reports state them. */
  static List<ProjectFact> projects() {
    List<ProjectFact> out = new ArrayList<>(Forms71.supervisionProjects());
    ProjectFact p =
        Forms71.project(
            "KBI-2569-P01", "โครงการส่งเสริมการเรียนรู้เชิงรุก", "80000.00", "60000.00");
    out.add(Records.with(p, "filing", new Filing(2569, Round.ROUND_12M, "PROMO")));
    return out;
  }

  /** The host's side: the groups' reports, rendered through the host's submission service. */
  static ReportSources sources(List<EsaMonitoring> reports) {
    FormPluginHarness<EsaMonitoring> harness =
        FormPluginHarness.of(Forms71.PLUGIN).withContext(Forms71.TestContext.demo(projects()));
    Catalog catalog = OfficeMonitoringTests.catalog();
    return new ReportSources() {
      @Override
      public Catalog catalog() {
        return catalog;
      }

      @Override
      public <F extends Record> List<F> forms(Class<F> type) {
        return reports.stream().filter(type::isInstance).map(type::cast).toList();
      }

      @Override
      public byte[] render(Record form) {
        return harness.render((EsaMonitoring) form);
      }
    };
  }

  static byte[] assemble(ReportScope scope) {
    AnnualReport report =
        AnnualReport.collect(
            new ReportCover("รายงานผลการดำเนินงาน", 2569, OFFICE, "กลุ่มนโยบายและแผน", null, null),
            List.of(),
            List.of(),
            scope,
            List.of(Forms71.PLUGIN));
    return new ReportAssembler(ReportOptions.defaults()).assemble(report);
  }

  @Test
  void theGroupsReportsOfTheYearMakeAnAnnexWithTheOfficesOwnReport() throws IOException {
    ReportScope scope =
        new ReportScope(
            2569,
            OFFICE,
            sources(
                List.of(
                    OfficeMonitoringTests.supervision(),
                    OfficeMonitoringTests.promotion(),
                    OfficeMonitoringTests.planning())));

    List<ReportPart> parts = Forms71.PLUGIN.reportParts(scope);
    assertThat(parts)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ReportPart.Kind.ANNEX);
              assertThat(p.title())
                  .isEqualTo("แบบ 7.1 แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา");
            });

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(assemble(scope)))) {
      List<String> lines = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(doc.getParagraphs())
          .filteredOn(p -> "Heading1".equals(p.getStyleID()))
          .extracting(XWPFParagraph::getText)
          .containsExactly(
              "ภาคผนวก", "ภาคผนวก ก แบบ 7.1 แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา");
      // the form's own sections stand under the annex
      assertThat(doc.getParagraphs())
          .filteredOn(p -> "Heading2".equals(p.getStyleID()))
          .extracting(XWPFParagraph::getText)
          .startsWith(
              "ส่วนที่ 1 ข้อมูลทั่วไป", "ส่วนที่ 2 ผลการดำเนินงานตามนโยบาย/กลยุทธ์และตัวชี้วัด");
      String tables = tablesText(doc);
      // the merged form: the office as the reporting unit, its totals and its certifier
      assertThat(lines)
          .contains("แบบ 7.1", OFFICE)
          .contains(
              "สรุป: บรรลุเป้าหมาย 5 ตัวชี้วัด ไม่บรรลุเป้าหมาย 1 ตัวชี้วัด"
                  + " อยู่ระหว่างดำเนินการ 0 ตัวชี้วัด จากทั้งหมด 6 ตัวชี้วัด")
          .contains(
              "ข้อมูลจากแบบรายงานผลการดำเนินงานโครงการ (แบบ 7.2) ของ" + OFFICE + " รอบ 12 เดือน");
      assertThat(lines + tables)
          .contains("ผู้อำนวยการ" + OFFICE, "(" + OfficeMonitoringTests.DIRECTOR + ")");
      // section 2 has both groups' rows; section 3 the projects of both groups
      assertThat(tables)
          .contains("KBI-2569-1.1", "KBI-2569-3.1", "(กลุ่มส่งเสริมการจัดการศึกษา)")
          .contains("โครงการส่งเสริมการเรียนรู้เชิงรุก", "โครงการพัฒนาระบบนิเทศภายในสถานศึกษา");
    }
  }

  @Test
  void aYearWithoutGroupsReportsHasNoAnnex() throws IOException {
    ReportScope scope =
        new ReportScope(2570, OFFICE, sources(List.of(OfficeMonitoringTests.supervision())));

    assertThat(Forms71.PLUGIN.reportParts(scope)).isEmpty();
    assertThat(Forms71.PLUGIN.reportParts(new ReportScope(2569, OFFICE))).isEmpty();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(assemble(scope)))) {
      assertThat(doc.getParagraphs())
          .extracting(XWPFParagraph::getText)
          .noneMatch(l -> l.startsWith("ภาคผนวก"));
    }
  }

  private static String tablesText(XWPFDocument doc) {
    StringBuilder sb = new StringBuilder();
    for (XWPFTable t : doc.getTables()) {
      sb.append(t.getText()).append('\n');
    }
    return sb.toString();
  }
}
