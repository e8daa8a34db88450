package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidtam.forms.schoolmonitoring.Forms73.HARNESS;
import static org.tidtam.forms.schoolmonitoring.Forms73.sample;
import static org.tidtam.testkit.Records.with;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Reads the rendered sample back with Apache POI, as a reader of the Word file would see it. */
class SchoolMonitoringDocumentTests {

  private static XWPFDocument render(SchoolMonitoring form) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(HARNESS.render(form)));
  }

  /** The document's text, a no-break space read as a space. */
  private static String text(XWPFDocument doc) throws IOException {
    return rawText(doc).replace('\u00a0', ' ');
  }

  private static String rawText(XWPFDocument doc) throws IOException {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  /** The table whose first header cell has this text. */
  private static XWPFTable table(XWPFDocument doc, String firstHeader) {
    return doc.getTables().stream()
        .filter(t -> t.getRow(0).getCell(0).getText().strip().equals(firstHeader))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
  }

  private static List<String> cells(XWPFTableRow row) {
    List<String> out = new ArrayList<>();
    for (XWPFTableCell c : row.getTableCells()) {
      out.add(c.getText().strip());
    }
    return out;
  }

  @Test
  void titleNamesTheSchoolYearAndRound() throws IOException {
    String text = text(render(sample()));

    assertThat(text)
        .contains(
            "แบบติดตามและรายงานผลของสถานศึกษา",
            "โรงเรียนวัดสถิตโพธาราม",
            "ปีงบประมาณ พ.ศ. 2569\nรอบ 12 เดือน (1 ต.ค. 2568 – 30 ก.ย. 2569)",
            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่",
            "อำเภอเมืองกระบี่ จังหวัดกระบี่",
            "ขนาดกลาง (เกณฑ์ 4 ขนาด (สพฐ.), นักเรียน 415 คน)")
        .doesNotContain("{{", "}}");
  }

  @Test
  void studentTableHasOneRowPerGradeAndTheTotals() throws IOException {
    XWPFTable students = table(render(sample()), "ระดับชั้น");

    assertThat(students.getRows()).hasSize(1 + 9 + 1);
    assertThat(cells(students.getRow(1))).containsExactly("อ.1", "12", "10", "22", "1", "22.00");
    assertThat(cells(students.getRow(9))).containsExactly("ป.6", "30", "26", "56", "2", "28.00");
    assertThat(cells(students.getRow(10)))
        .containsExactly("รวมทั้งสิ้น", "217", "198", "415", "15", "27.67");
  }

  @Test
  void keepsACountWithItsUnitAndAnAcademicYearWithItsLabel() throws IOException {
    String text = rawText(render(sample()));

    assertThat(text).contains("415\u00a0คน)", "ครูผู้สอน 21\u00a0คน", "ปีการศึกษา\u00a02568");
  }

  @Test
  void printsEachTestWithTheSchoolTheOfficeTheNationAndTheDifferences() throws IOException {
    XWPFTable rt = table(render(sample()), "การอ่าน (ร้อยละ)");

    assertThat(cells(rt.getRow(0)))
        .containsExactly(
            "การอ่าน (ร้อยละ)",
            "สถานศึกษา",
            "เขตพื้นที่",
            "ผลต่างจากเขตพื้นที่",
            "ระดับประเทศ",
            "ผลต่างจากระดับประเทศ");
    assertThat(cells(rt.getRow(1)))
        .containsExactly("การอ่านออกเสียง", "78.45", "76.30", "2.15", "75.02", "3.43");
    assertThat(cells(rt.getRow(3)))
        .containsExactly("รวม 2 สมรรถนะ", "76.33", "75.12", "1.21", "74.03", "2.30");
  }

  @Test
  void printsNoColumnForAComparisonTheSchoolDidNotType() throws IOException {
    SchoolMonitoring form = with(sample(), "nt", with(sample().nt(), "nation", null));
    form = with(form, "onetP6", with(with(form.onetP6(), "esa", null), "nation", null));
    XWPFDocument doc = render(form);

    assertThat(cells(table(doc, "ด้าน (ร้อยละ)").getRow(0)))
        .containsExactly("ด้าน (ร้อยละ)", "สถานศึกษา", "เขตพื้นที่", "ผลต่างจากเขตพื้นที่");
    assertThat(cells(table(doc, "ด้าน (ร้อยละ)").getRow(2)))
        .containsExactly("คณิตศาสตร์", "48.75", "45.62", "3.13");
    assertThat(cells(table(doc, "วิชา (คะแนนเฉลี่ย)").getRow(0)))
        .containsExactly("วิชา (คะแนนเฉลี่ย)", "สถานศึกษา");
    assertThat(text(doc)).doesNotContain("ไม่ได้รายงานผล");
    assertThat(text(render(with(sample(), "nt", null)))).contains("ไม่ได้รายงานผล");
  }

  @Test
  void printsTheLearningAchievementPerLearningArea() throws IOException {
    XWPFTable gpa = table(render(sample()), "กลุ่มสาระการเรียนรู้");

    assertThat(gpa.getRows()).hasSize(1 + 8);
    assertThat(cells(gpa.getRow(1))).containsExactly("ภาษาไทย", "323", "198", "61.30", "3.12");
    assertThat(cells(gpa.getRow(8)))
        .containsExactly("ภาษาต่างประเทศ", "323", "150", "46.44", "2.76");
  }

  @Test
  void printsTheComputedRatios() throws IOException {
    String text = text(render(sample()));

    assertThat(text).contains("19.76 : 1 (ครูผู้สอน 21 คน)", "27.67 : 1 (ห้องเรียน 15 ห้อง)");
  }

  @Test
  void printsARatioAsADashWhenTheSchoolHasNoTeachers() throws IOException {
    String text = text(render(with(sample(), "staff", new Staff(1, 0, 0, 0, 0, 0))));

    assertThat(text).contains("– : 1 (ครูผู้สอน 0 คน)");
  }

  @Test
  void policyTableHasARowPerPolicyWithTheReasonOfThoseNotDone() throws IOException {
    XWPFTable policies = table(render(sample()), "ข้อ");

    assertThat(policies.getRows()).hasSize(1 + 12);
    List<String> seventh = cells(policies.getRow(7));
    assertThat(seventh.get(0)).isEqualTo("7");
    assertThat(seventh.get(2)).isEqualTo("ไม่ได้ดำเนินการ");
    assertThat(seventh.get(3))
        .as("the reason goes in the wide column")
        .contains("เหตุผลที่ไม่ได้ดำเนินการ: ครูผู้รับผิดชอบย้าย");
    assertThat(cells(policies.getRow(1)).get(4))
        .contains("หลักฐาน: https://www.watsathit.ac.th/report2569/policy-01");
  }

  @Test
  void screeningTablePrintsCountsWithPercentages() throws IOException {
    XWPFTable screening = table(render(sample()), "ทักษะ");

    assertThat(cells(screening.getRow(2)))
        .containsExactly(
            "การอ่านออกเสียง",
            "160",
            "62 (38.75)",
            "51 (31.88)",
            "33 (20.63)",
            "14 (8.75)",
            "70.63");
  }

  @Test
  void hidesTheGradeNineOnetOfASchoolWithoutLowerSecondary() throws IOException {
    String sampleText = text(render(sample()));
    assertThat(sampleText)
        .contains("(O-NET) ชั้นประถมศึกษาปีที่ 6")
        .doesNotContain("ชั้นมัธยมศึกษาปีที่ 3");

    SchoolMonitoring extended =
        with(
            sample(),
            "levels",
            List.of(Level.EARLY_CHILDHOOD, Level.PRIMARY, Level.LOWER_SECONDARY));
    assertThat(text(render(extended))).contains("(O-NET) ชั้นมัธยมศึกษาปีที่ 3");
  }

  @Test
  void hidesPrimaryResultsOfAKindergartenOnlySchool() throws IOException {
    String text = text(render(with(sample(), "levels", List.of(Level.EARLY_CHILDHOOD))));

    assertThat(text)
        .doesNotContain(
            "(RT)",
            "(NT)",
            "O-NET",
            "คัดกรองการอ่านออกเขียนได้",
            "กลุ่มสาระการเรียนรู้",
            "มาตรฐานที่ 1 คุณภาพของผู้เรียน")
        .contains("3.6 ความปลอดภัย", "ปฐมวัย มาตรฐานที่ 1 คุณภาพของเด็ก");
  }

  @Test
  void printsNoneInsteadOfAnEmptyList() throws IOException {
    SchoolMonitoring form = with(with(sample(), "problems", List.of()), "noProblems", true);
    form = with(form, "awards", List.of());
    String text = text(render(form));

    assertThat(text).contains("5.1 ปัญหา/อุปสรรค\n☑ ไม่มี");
    assertThat(text).doesNotContain("ครูไม่ครบชั้น");
    assertThat(text).contains("1) ขอรับการจัดสรรอัตราครูวิชาเอกคณิตศาสตร์ 1 อัตรา");
  }

  @Test
  void signatureBlocksPutNamesInParenthesesUnderThePositions() throws IOException {
    String text = text(render(sample()));

    assertThat(text)
        .contains(
            "(นางสาวสมใจ  ใจดี)",
            "ตำแหน่ง ครู วิทยฐานะครูชำนาญการ",
            "(นายประเสริฐ  ศรีสุข)",
            "ผู้อำนวยการโรงเรียนวัดสถิตโพธาราม",
            "วันที่ 30 กันยายน 2569");
  }

  @Test
  void thaiTextHasAComplexScriptFont() throws IOException {
    byte[] docx = HARNESS.render(sample());
    String styles = part(docx, "word/styles.xml");
    String document = part(docx, "word/document.xml");

    assertThat(styles).containsPattern("<w:rFonts [^>]*w:cs=\"TH Sarabun");
    assertThat(styles + document).contains("<w:szCs ");
  }

  @Test
  void repeatsTableHeadersOnEveryPage() throws IOException {
    XWPFTable policies = table(render(sample()), "ข้อ");

    assertThat(policies.getRow(0).isRepeatHeader()).isTrue();
    assertThat(policies.getRow(1).isRepeatHeader()).isFalse();
  }

  private static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no part " + name);
  }
}
