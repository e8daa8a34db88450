package org.tidtam.app.report.service;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An annual report as it was built.
 *
 * @param docx the Word file
 * @param pdf the PDF, when LibreOffice is installed
 * @param refreshed whether the table of contents and the lists of tables and charts carry page
 *     numbers (LibreOffice refreshed them); otherwise Word fills them when it opens the file
 * @param hash the hash of the inputs it was built from
 */
public record BuiltReport(byte[] docx, byte @Nullable [] pdf, boolean refreshed, String hash) {

  public Optional<byte[]> pdfBytes() {
    return Optional.ofNullable(pdf);
  }

  /** What the build holds in memory, for the cache's weight. */
  int weight() {
    return docx.length + (pdf == null ? 0 : pdf.length);
  }
}
