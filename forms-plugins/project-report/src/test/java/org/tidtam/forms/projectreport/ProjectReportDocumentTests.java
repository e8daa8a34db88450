package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.projectreport.Forms72.sample;
import static org.tidtam.testkit.Records.with;
import static org.tidtam.testkit.Records.withRow;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidtam.form.Image;
import org.tidtam.form.Signature;
import org.tidtam.form.monitoring.Photo;
import org.tidtam.thai.Round;

/** Golden tests of the form 7.2 template: the sample rendered and read back with Apache POI. */
class ProjectReportDocumentTests {
  private static RenderedDocx out;

  @BeforeAll
  static void renderSample() {
    out = RenderedDocx.of(sample());
  }

  @Test
  void printsTheTitleProjectNameFiscalYearAndRound() {
    assertThat(out.text())
        .contains(
            "แบบรายงานผลการดำเนินงานโครงการ",
            "โครงการขับเคลื่อนการอ่านออกเขียนได้",
            "ปีงบประมาณ พ.ศ. 2569",
            "รอบ 12 เดือน (1 ต.ค. 2568 – 30 ก.ย. 2569)",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
            "1 พฤศจิกายน 2568 – 15 กันยายน 2569");
  }

  @Test
  void leavesNoPlaceholderBehind() {
    assertThat(out.text()).doesNotContain("{{", "}}");
    assertThat(out.headerText()).doesNotContain("{{");
  }

  @Test
  void activitiesTableHasARepeatedHeaderAndThreeRowsPerActivity() {
    XWPFTable activities = out.table("กิจกรรม/ขั้นตอน");

    assertThat(activities.getRows())
        .as("two header rows; the step, the facts and the result of each activity")
        .hasSize(2 + 3 * 6);
    assertThat(RenderedDocx.repeatsAsHeader(activities.getRow(0))).isTrue();
    assertThat(RenderedDocx.repeatsAsHeader(activities.getRow(1))).isTrue();
    assertThat(RenderedDocx.repeatsAsHeader(activities.getRow(2))).isFalse();
    assertThat(RenderedDocx.rowText(activities.getRow(2)))
        .startsWith("1 | ")
        .contains("ประชุมชี้แจงแนวทางการขับเคลื่อนและแต่งตั้งคณะทำงาน (ขั้นวางแผน (P))");
    assertThat(RenderedDocx.rowText(activities.getRow(3)))
        .contains("1 พ.ย. 2568 –", "30 พ.ย. 2568", "10,000.00", "9,450.00", "ดำเนินการแล้วเสร็จ");
    assertThat(RenderedDocx.rowText(activities.getRow(4)))
        .contains("ผลที่เกิดขึ้น: ผู้บริหารและครูวิชาการ 92 โรงเรียน");
    assertThat(RenderedDocx.rowText(activities.getRow(17))).startsWith("6 | ");
    assertThat(out.text())
        .contains(
            "รวมงบประมาณตามแผนของกิจกรรม 150,000.00\u00a0บาท ค่าใช้จ่ายจริง 140,000.00\u00a0บาท");
  }

  @Test
  void activityRowsStayTogetherAndOnlyTheResultMaySplit() {
    XWPFTable activities = out.table("กิจกรรม/ขั้นตอน");

    for (int activity = 0; activity < 6; activity++) {
      XWPFTableRow step = activities.getRow(2 + 3 * activity);
      XWPFTableRow facts = activities.getRow(3 + 3 * activity);
      XWPFTableRow result = activities.getRow(4 + 3 * activity);
      assertThat(step.isCantSplitRow()).isTrue();
      assertThat(facts.isCantSplitRow()).isTrue();
      assertThat(result.isCantSplitRow())
          .as("a long result may continue on the next page")
          .isFalse();
      assertThat(out.keepsWithNext(step)).as("the step stays with its facts").isTrue();
      assertThat(out.keepsWithNext(facts)).as("the facts stay with the result").isTrue();
      assertThat(result.getTableCells()).as("the result across the whole table").hasSize(1);
    }
  }

  @Test
  void indicatorTableShowsPercentOfTargetAndTheAssessment() {
    XWPFTable indicators = out.table("ร้อยละของค่าเป้าหมาย");

    assertThat(indicators.getRows()).hasSize(1 + 4);
    assertThat(RenderedDocx.repeatsAsHeader(indicators.getRow(0))).isTrue();
    assertThat(RenderedDocx.rowText(indicators.getRow(1)))
        .contains("84.62", "105.78", "บรรลุเป้าหมาย", "3,960 จาก 4,680")
        .doesNotContain("ไม่บรรลุ");
    assertThat(RenderedDocx.rowText(indicators.getRow(2)))
        .contains("172", "95.56", "ไม่บรรลุเป้าหมาย");
    assertThat(RenderedDocx.rowText(indicators.getRow(3)))
        .contains("78.5", "104.67", "บรรลุเป้าหมาย", "1,402 จาก 1,786");
    assertThat(out.text())
        .contains(
            "บรรลุเป้าหมาย 3 ตัวชี้วัด จากทั้งหมด 4 ตัวชี้วัด", "ตัวชี้วัดที่ 2 ครู 8 คนติดภารกิจ");
  }

  @Test
  void budgetTableShowsBahtAmountsComputedTotalsAndBahtText() {
    XWPFTable funding = out.table("แหล่งงบประมาณ");
    List<XWPFTableRow> rows = funding.getRows();

    assertThat(rows).as("two header rows, two rows a source, the total").hasSize(2 + 2 * 2 + 1);
    assertThat(RenderedDocx.repeatsAsHeader(rows.get(0))).isTrue();
    assertThat(RenderedDocx.repeatsAsHeader(rows.get(1))).isTrue();
    assertThat(RenderedDocx.rowText(rows.get(2)))
        .as("the source across the table")
        .isEqualTo("1 | เงินงบประมาณ (งบประมาณแผ่นดิน) | ");
    assertThat(RenderedDocx.rowText(rows.get(3)))
        .contains("120,000.00", "112,000.00", "8,000.00", "93.33");
    assertThat(RenderedDocx.rowText(rows.getLast()))
        .contains("รวม", "150,000.00", "82,410.00", "140,000.00", "10,000.00", "93.33");
    assertThat(out.text())
        .contains(
            "งบประมาณที่ได้รับจัดสรรทั้งสิ้น 150,000.00 บาท (หนึ่งแสนห้าหมื่นบาทถ้วน)",
            "คงเหลือ 10,000.00 บาท (หนึ่งหมื่นบาทถ้วน)",
            "ปริมาณการใช้เงิน: ใช้เงินต่ำกว่าแผน",
            "ส่งคืน จำนวน 10,000.00 บาท");
  }

  @Test
  void saysTheLeftoverHandlingIsNotGivenYetWhileMoneyRemains() {
    ProjectReport form = with(with(sample(), "round", Round.ROUND_6M), "leftoverHandling", null);
    form = withRow(form, "fundingSources", 0, "spent12m", null);
    form = withRow(form, "fundingSources", 1, "spent12m", null);

    assertThat(form.hasRemaining()).isTrue();
    assertThat(RenderedDocx.of(form).text())
        .contains("ยังไม่ได้ระบุการดำเนินการกับเงินคงเหลือ (คงเหลือ 67,590.00 บาท)")
        .doesNotContain("ไม่มีเงินคงเหลือ");
  }

  @Test
  void saysNoMoneyIsLeftOnlyWhenEverythingIsSpent() {
    ProjectReport form = with(sample(), "leftoverHandling", null);
    form = withRow(form, "fundingSources", 0, "spent12m", new BigDecimal("120000.00"));
    form = withRow(form, "fundingSources", 1, "spent12m", new BigDecimal("30000.00"));

    assertThat(form.hasRemaining()).isFalse();
    assertThat(RenderedDocx.of(form).text())
        .contains("ไม่มีเงินคงเหลือ")
        .doesNotContain("ยังไม่ได้ระบุการดำเนินการกับเงินคงเหลือ");
  }

  @Test
  void printsTheObjectivesAndLinksWithAnEmptyItemWithoutFailing() {
    ProjectReport form = with(sample(), "objectives", Arrays.asList("เพื่อคัดกรองนักเรียน", null));
    form = with(form, "evidenceLinks", Arrays.asList(null, "https://example.org/a"));

    assertThat(RenderedDocx.of(form).text())
        .contains("เพื่อคัดกรองนักเรียน", "https://example.org/a");
  }

  @Test
  void everyTableOfTheFormRepeatsItsHeaderRow() {
    for (String header : List.of("ชื่อ-สกุล", "ค่าเป้าหมาย", "หมวดรายจ่าย", "แนวทางแก้ไข")) {
      assertThat(RenderedDocx.repeatsAsHeader(out.table(header).getRow(0))).as(header).isTrue();
    }
  }

  @Test
  void marksTheChosenSuccessLevel() {
    assertThat(out.text()).contains("☐ ยอดเยี่ยม", "☑ ดีเลิศ", "☐ ดี", "☐ กำลังพัฒนา");
  }

  @Test
  void signatureBlocksCarryNamesInParenthesesPositionsAndThaiDates() {
    assertThat(out.text())
        .contains(
            "ผู้รายงาน",
            "(นางพิมพ์ชนก  ศรีสุข)",
            "ตำแหน่ง ศึกษานิเทศก์ชำนาญการพิเศษ",
            "วันที่ 5 ตุลาคม 2569",
            "(นายวิเชียร  รักษ์ถิ่น)",
            "(นางสาวอรุณี  พูลสวัสดิ์)",
            "ผู้เห็นชอบ",
            "(นายประเสริฐ  วงศ์ใหญ่)",
            "ทราบ",
            "เห็นชอบ");
  }

  @Test
  void leavesOutTheDeputyWhenThereIsNone() {
    RenderedDocx noDeputy = RenderedDocx.of(with(sample(), "deputyDirector", null));

    assertThat(noDeputy.text()).doesNotContain("ผู้เห็นชอบ", "อรุณี").contains("ประเสริฐ");
    XWPFTable signatures = out.table("ผู้รายงาน");
    assertThat(signatures.getRows()).as("four signers in one row that never splits").hasSize(1);
    assertThat(signatures.getRow(0).isCantSplitRow()).isTrue();
    assertThat(signatures.getRow(0).getTableCells()).as("two signers in each column").hasSize(2);
  }

  @Test
  void leavesOutTheOfficeDirectorWhenThereIsNone() {
    RenderedDocx noDirector = RenderedDocx.of(with(sample(), "esaDirector", null));

    assertThat(noDirector.text()).doesNotContain("ประเสริฐ", "ทราบ").contains("อรุณี");
  }

  @Test
  void aSignerWithoutANamePrintsADottedBlank() {
    Signature unnamed = new Signature("นาย", "", "ศึกษานิเทศก์", null);
    RenderedDocx blank = RenderedDocx.of(with(sample(), "reporter", unnamed));

    assertThat(blank.text()).contains("(" + ".".repeat(42) + ")").doesNotContain("(นาย)");
  }

  @Test
  void runsCarryTheThaiFontAndComplexScriptSizeAndCheckBoxesAFontWithTheirGlyphs() {
    int checked = 0;
    int checkBoxes = 0;
    for (XWPFParagraph p : out.allParagraphs()) {
      for (XWPFRun r : p.getRuns()) {
        if (r.text().isBlank()) {
          continue;
        }
        boolean checkBox = r.text().strip().matches("[☐☑]+");
        assertThat(out.effectiveCsFont(p, r))
            .as(r.text())
            .isEqualTo(checkBox ? "DejaVu Sans" : "TH SarabunPSK");
        assertThat(out.hasEffectiveSzCs(p, r)).as(r.text()).isTrue();
        if (checkBox) {
          assertThat(r.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("DejaVu Sans");
          assertThat(r.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("DejaVu Sans");
          checkBoxes++;
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(checkBoxes)
        .as("the five success levels and the two ticks of the director")
        .isGreaterThanOrEqualTo(7);
  }

  @Test
  void headerNamesTheFormAndFooterNumbersThePages() {
    assertThat(out.headerText())
        .contains("โครงการขับเคลื่อนการอ่านออกเขียนได้")
        .doesNotContain("แบบ 7.2");
    assertThat(out.text()).startsWith("แบบ 7.2\nแบบรายงานผลการดำเนินงานโครงการประจำปีงบประมาณ\n");
    assertThat(out.footerXml()).contains("PAGE", "หน้า");
  }

  @Test
  void placesPhotosWithCaptions() throws IOException {
    Photo photo = new Photo(new Image("meeting.png", "image/png", tinyPng()), "ประชุมชี้แจงแนวทาง");
    RenderedDocx withPhotos = RenderedDocx.of(with(sample(), "photos", List.of(photo, photo)));

    assertThat(withPhotos.doc.getAllPictures()).isNotEmpty();
    assertThat(withPhotos.text())
        .contains("ภาพที่ 1 ประชุมชี้แจงแนวทาง", "ภาพที่ 2 ประชุมชี้แจงแนวทาง")
        .doesNotContain("ไม่มีภาพประกอบ");
    assertThat(out.text()).doesNotContain("ไม่มีภาพประกอบ");
  }

  @Test
  void rendersAnEmptyDraftWithoutFailing() {
    ProjectReport draft = with(with(sample(), "activities", List.of()), "problems", List.of());
    draft = with(with(draft, "indicatorResults", List.of()), "obecFocus", List.of());
    draft = with(with(draft, "fundingSources", List.of()), "expenses", List.of());

    RenderedDocx empty = RenderedDocx.of(draft);

    assertThat(empty.table("กิจกรรม/ขั้นตอน").getRows()).as("the header rows only").hasSize(2);
    assertThat(empty.text()).contains("จากทั้งหมด 0 ตัวชี้วัด").doesNotContain("สาเหตุที่ไม่บรรลุ");
  }

  static byte[] tinyPng() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x80);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }
}
