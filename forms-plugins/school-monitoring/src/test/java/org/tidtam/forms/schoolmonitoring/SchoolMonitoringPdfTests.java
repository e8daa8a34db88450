package org.tidtam.forms.schoolmonitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.testkit.LibreOffice;

/**
 * Converts the rendered sample to PDF with LibreOffice, the way the server prints it: the file must
 * open, have pages and print the school's Thai values. Runs only where LibreOffice is installed.
 */
class SchoolMonitoringPdfTests {

  @Test
  void libreOfficeConvertsTheRenderedSampleToPdf(@TempDir Path dir) throws Exception {
    assumeTrue(LibreOffice.available(), "LibreOffice (soffice) or pdftotext is not installed");
    SchoolMonitoring sample = Forms73.sample();

    Path pdf = LibreOffice.toPdf(Forms73.HARNESS.render(sample), dir);

    assertThat(LibreOffice.pageCount(pdf)).isGreaterThanOrEqualTo(3);
    assertThat(LibreOffice.pdfText(pdf).replaceAll("\\s+", ""))
        .contains(sample.schoolName().replaceAll("\\s+", ""));
  }
}
