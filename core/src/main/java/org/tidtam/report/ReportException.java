package org.tidtam.report;

/** The report could not be assembled, e.g. a merged document is not a Word document. */
public class ReportException extends RuntimeException {

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }

  public ReportException(String message) {
    super(message);
  }
}
