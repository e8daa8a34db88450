package org.tidtam.app.report.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.report.DocumentNumber;

/**
 * How policy and planning set up the annual report of a fiscal year.
 *
 * @param fiscalYear the Buddhist-era fiscal year
 * @param title the cover's title, e.g. "รายงานผลการดำเนินงาน"
 * @param preparedBy the group that prepared it, printed on the cover
 * @param number the document number "เอกสารลำดับที่ n/ปี", if the office numbers it
 * @param logo the office's logo (PNG or JPEG), if any
 * @param foreword the foreword (คำนำ), paragraphs separated by line breaks
 * @param chapters the keys of the chapters and annexes printed, in print order ({@link
 *     ReportChapters#key})
 * @param thaiDigits whether the report prints Thai digits
 */
public record ReportSettings(
    int fiscalYear,
    String title,
    String preparedBy,
    @Nullable DocumentNumber number,
    byte @Nullable [] logo,
    String foreword,
    List<String> chapters,
    boolean thaiDigits) {

  public ReportSettings {
    chapters = List.copyOf(chapters);
    logo = logo == null ? null : logo.clone();
  }

  @Override
  public byte @Nullable [] logo() {
    return logo == null ? null : logo.clone();
  }

  /** The foreword's paragraphs, blank lines dropped. */
  public List<String> forewordParagraphs() {
    return foreword.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
