package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered form 7.2 opens in LibreOffice and prints its Thai values to PDF. */
class ProjectReportPdfTests {

  @BeforeAll
  static void needsLibreOffice() {
    assumeTrue(LibreOffice.onPath("soffice"), "soffice (LibreOffice) is not on PATH");
    assumeTrue(LibreOffice.onPath("pdftotext"), "pdftotext (poppler-utils) is not on PATH");
  }

  @Test
  void sampleConvertsToAPdfWithItsThaiValues(@TempDir Path dir) throws Exception {
    Path pdf = LibreOffice.toPdf(RenderedDocx.of(Forms72.sample()).bytes, dir);

    String text = LibreOffice.pdfText(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("150,000.00", "140,000.00", "93.33", "2569");
    assertThat(text.replace(" ", ""))
        .contains("โครงการขับเคลื่อนการอ่านออกเขียนได้", "ปีงบประมาณพ.ศ.2569", "ผู้รายงาน", "ผู้อนุมัติ");
  }
}
