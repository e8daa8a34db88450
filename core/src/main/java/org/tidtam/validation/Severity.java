package org.tidtam.validation;

/** Whether a violation blocks (error) or only informs (warning). */
public enum Severity {
  ERROR,
  WARNING
}
