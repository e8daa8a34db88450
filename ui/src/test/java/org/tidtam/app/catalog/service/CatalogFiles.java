package org.tidtam.app.catalog.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tidtam.app.sheets.Sheet;
import org.tidtam.app.sheets.Workbooks;

/** Catalog files for the import tests: CSV text, workbooks, and a hostile workbook. */
final class CatalogFiles {

  static final List<String> SCHOOL_HEADERS =
      List.of("รหัสสถานศึกษา", "ชื่อสถานศึกษา", "อำเภอ", "ขนาด", "จำนวนนักเรียน");

  private CatalogFiles() {}

  static InputStream csv(String text) {
    return new ByteArrayInputStream(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
  }

  static InputStream xlsx(List<String> headers, List<List<?>> rows) {
    return new ByteArrayInputStream(
        Workbooks.xlsx(new Sheet("สถานศึกษา", "รายชื่อสถานศึกษา", headers, rows)));
  }

  /** A workbook whose sheet unpacks to far more than it packs: POI's zip guard must refuse it. */
  static InputStream zipBomb() throws IOException {
    byte[] book = Workbooks.xlsx(new Sheet("s", "", List.of("a"), List.of(List.of("b"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(book));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          int cut = xml.indexOf("<sheetData");
          zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1024 * 1024];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 20; i++) {
            zip.write(spaces);
          }
          zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return new ByteArrayInputStream(out.toByteArray());
  }
}
