package org.tidtam.report;

/**
 * What a chapter or annex can put into the report. The assembler owns the look: fonts, heading and
 * caption styles, the numbering of tables and charts through the whole report, Thai digits.
 */
public interface PartWriter {

  /**
   * A heading below the part's own title: level 1 to 3 (level 1 is rarely needed, the part's title
   * is one). Headings feed the table of contents.
   */
  PartWriter heading(int level, String text);

  /** A body paragraph; a line feed starts a new line, a tab is a Word tab. */
  PartWriter paragraph(String text);

  /** A table with its caption "ตารางที่ n …" above it and its header rows repeated on each page. */
  PartWriter table(ReportTable table);

  /** A chart image (PNG or JPEG) with its caption "แผนภูมิที่ n …" below it. */
  PartWriter chart(ReportChart chart);

  /** Starts a new page. */
  PartWriter pageBreak();

  /** Writes the content in a section of its own in landscape, e.g. for a wide table. */
  PartWriter landscape(PartContent content);

  /**
   * Merges a rendered Word document (a form's document) here, in a section of its own: its styles
   * that the report lacks are added, its lists restart, its images, headers, footers and page
   * orientation are kept. Its headings move one level down (its Heading1 becomes a Heading2), so
   * that in the table of contents its sections stand under this part.
   *
   * @throws ReportException when the bytes are not a Word document
   */
  PartWriter merge(byte[] docx);
}
