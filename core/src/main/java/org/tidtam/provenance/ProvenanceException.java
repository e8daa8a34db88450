package org.tidtam.provenance;

/** A document whose provenance cannot be read or written: not a .docx, or a damaged part. */
public final class ProvenanceException extends RuntimeException {

  public ProvenanceException(String message) {
    super(message);
  }

  public ProvenanceException(String message, Throwable cause) {
    super(message, cause);
  }
}
