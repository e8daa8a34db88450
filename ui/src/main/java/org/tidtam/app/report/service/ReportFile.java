package org.tidtam.app.report.service;

/**
 * A report as a download: its bytes, its Thai file name with an ASCII one for old clients, and its
 * media type.
 */
public record ReportFile(byte[] bytes, String fileName, String asciiFileName, String mediaType) {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String PDF = "application/pdf";
}
