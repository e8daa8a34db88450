package org.tidtam.app.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbooksTests {

  @Test
  void writesTitleHeadersAndTypedCellsReadBackByPoi() throws Exception {
    Sheet sheet =
        new Sheet(
            "ผู้ที่ยังไม่ส่ง",
            "รายชื่อหน่วยที่ยังไม่ส่งรายงาน รอบ 6 เดือน",
            List.of("รหัส", "หน่วย", "จำนวน", "งบประมาณ", "กำหนดส่ง"),
            List.of(
                Arrays.asList(
                    "81010001",
                    "โรงเรียนบ้านเขา",
                    12,
                    new BigDecimal("1234567.5"),
                    LocalDate.of(2026, 4, 10)),
                Arrays.asList("81010002", null, 0L, new BigDecimal("100"), null)));
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.xlsx(sheet)))) {
      XSSFSheet read = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("ผู้ที่ยังไม่ส่ง");
      assertThat(read.getRow(0).getCell(0).getStringCellValue()).startsWith("รายชื่อหน่วย");
      assertThat(read.getRow(2).getCell(1).getStringCellValue()).isEqualTo("หน่วย");
      assertThat(read.getRow(2).getCell(1).getCellStyle().getFont().getBold()).isTrue();
      assertThat(read.getRow(2).getCell(1).getCellStyle().getFont().getFontName())
          .isEqualTo("TH SarabunPSK");
      var first = read.getRow(3);
      assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.0);
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1234567.5);
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("10 เม.ย. 2569");
      assertThat(read.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(read.getRow(4).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(read.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
    }
  }

  @Test
  void sheetNamesAreMadeValidAndUnique() {
    Set<String> taken = new HashSet<>();
    assertThat(Workbooks.uniqueName("แผน/ผล: 2569?", taken)).isEqualTo("แผน ผล  2569 ");
    assertThat(Workbooks.uniqueName("แผน/ผล: 2569?", taken)).isEqualTo("แผน ผล  2569  (2)");
    assertThat(Workbooks.uniqueName("x".repeat(40), taken)).hasSize(31);
    assertThat(Workbooks.uniqueName("x".repeat(40), taken)).hasSize(31).endsWith("(2)");
    assertThat(Workbooks.uniqueName("", taken)).isEqualTo("Sheet");
  }

  @Test
  void controlCharactersAndEmojiNeverBreakTheFile() throws Exception {
    String hostile = "ก\u0000ข\u0007ค\n😀" + "ก".repeat(40_000);
    byte[] bytes = Workbooks.xlsx(new Sheet("s", "", List.of("h"), List.of(List.of(hostile))));
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      String read = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
      assertThat(read).startsWith("กขค\n😀").hasSize(32_767);
    }
  }
}
