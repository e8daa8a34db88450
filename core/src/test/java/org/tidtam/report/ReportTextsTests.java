package org.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportTextsTests {

  @Test
  void theForewordNamesTheYearAndTheOfficeInTwoParagraphs() {
    String foreword = ReportTexts.foreword(2569, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่");

    assertThat(foreword.lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith(
            "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 ของสำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่ ");
  }

  @Test
  void theSignatureIsTheOfficeAndTheMonthInTheBuddhistEra() {
    assertThat(ReportTexts.signature("สพป.กระบี่", LocalDate.of(2026, 10, 5)))
        .containsExactly("สพป.กระบี่", "ตุลาคม 2569");
    assertThat(ReportTexts.signature("สพป.กระบี่", LocalDate.of(2027, 1, 31)))
        .containsExactly("สพป.กระบี่", "มกราคม 2570");
  }
}
