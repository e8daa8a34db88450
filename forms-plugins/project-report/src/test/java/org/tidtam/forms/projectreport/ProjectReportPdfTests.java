package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.testkit.LibreOffice;

/** The rendered form 7.2 opens in LibreOffice and prints its Thai values to PDF. */
class ProjectReportPdfTests {

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
  }

  @Test
  void sampleConvertsToAPdfWithItsThaiValues(@TempDir Path dir) throws Exception {
    Path pdf = LibreOffice.toPdf(RenderedDocx.of(Forms72.sample()).bytes, dir);

    String text = LibreOffice.pdfText(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("150,000.00", "140,000.00", "93.33", "2569");
    assertThat(text.replace(" ", ""))
        .contains(
            "โครงการขับเคลื่อนการอ่านออกเขียนได้", "ปีงบประมาณพ.ศ.2569", "ผู้รายงาน", "ผู้เห็นชอบ");
  }

  @Test
  void textWithControlCharactersEmojiAndBracesStillConvertsToAPdf(@TempDir Path dir)
      throws Exception {
    String nasty =
        "ทดสอบข้อความ\u0000\u0001\u000B 😀🇹🇭 \uD800 {{projectName}} <w:t>&amp; บรรทัดใหม่\nแท็บ\t"
            + "นักเรียนอ่านออกเขียนได้ครบทุกคน ".repeat(40);
    Path pdf =
        LibreOffice.toPdf(RenderedDocx.of(TextEverywhere.fill(Forms72.sample(), nasty)).bytes, dir);

    assertThat(LibreOffice.pdfText(pdf).replaceAll("\\s+", ""))
        .contains("ทดสอบข้อความ", "150,000.00");
  }
}
