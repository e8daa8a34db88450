package org.tidtam.report;

import org.tidtam.i18n.LocalizedText;

/**
 * The report's number in the office's series of documents, printed "เอกสารลำดับที่ 2/2569".
 *
 * @param sequence the number in the year's series (from 1)
 * @param year the Buddhist-era year of the series
 */
public record DocumentNumber(int sequence, int year) {

  public DocumentNumber {
    if (sequence < 1) {
      throw new IllegalArgumentException("document sequence must be positive: " + sequence);
    }
    if (year < 2400) {
      throw new IllegalArgumentException("document year must be a Buddhist-era year: " + year);
    }
  }

  /** The printed form, e.g. "เอกสารลำดับที่ 2/2569", in Arabic digits. */
  public String text() {
    return LocalizedText.of("เอกสารลำดับที่", "Document no.").th() + " " + sequence + "/" + year;
  }
}
