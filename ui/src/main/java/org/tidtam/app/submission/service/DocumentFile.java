package org.tidtam.app.submission.service;

/** A file to download: its Thai name, an ASCII name for old clients, its type and bytes. */
public record DocumentFile(
    String fileName, String asciiFileName, String contentType, byte[] bytes) {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String ZIP = "application/zip";
}
