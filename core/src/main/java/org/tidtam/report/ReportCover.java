package org.tidtam.report;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cover of the annual report.
 *
 * @param title e.g. "รายงานผลการดำเนินงาน"
 * @param fiscalYear the Buddhist-era fiscal year, printed "ประจำปีงบประมาณ พ.ศ. 2569"
 * @param office e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่"
 * @param group the group that prepared it, e.g. "กลุ่มนโยบายและแผน"
 * @param number the document number, if the office numbers its documents
 * @param logo the office's logo (PNG or JPEG), if any
 */
public record ReportCover(
    String title,
    int fiscalYear,
    String office,
    String group,
    @Nullable DocumentNumber number,
    byte @Nullable [] logo) {

  public ReportCover {
    if (title.isBlank() || office.isBlank()) {
      throw new IllegalArgumentException("a report cover needs a title and an office");
    }
    if (fiscalYear < 2400) {
      throw new IllegalArgumentException("fiscal year must be a Buddhist-era year: " + fiscalYear);
    }
    logo = logo == null ? null : logo.clone();
  }

  /** The logo's bytes, if any. */
  public Optional<byte[]> logoBytes() {
    return Optional.ofNullable(logo).map(byte[]::clone);
  }

  @Override
  public byte @Nullable [] logo() {
    return logo == null ? null : logo.clone();
  }
}
