package org.tidtam.app.dashboard.service;

/**
 * The memo to the director as a download: its bytes and its Thai file name, with an ASCII one for
 * old clients.
 */
public record MemoFile(byte[] bytes, String fileName, String asciiFileName) {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
