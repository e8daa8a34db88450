package org.tidtam.form.monitoring;

import org.jspecify.annotations.Nullable;
import org.tidtam.form.Signature;
import org.tidtam.thai.Round;

/**
 * A report of one round of a fiscal year signed by its reporter: what forms 7.1 and 7.2 share, so
 * that the rules on the round and the reporter's date are written once. A form record with the
 * components {@code fiscalYear}, {@code round} and {@code reporter} implements it as it is.
 */
public interface RoundReport {
  /** The fiscal year, Buddhist era, e.g. 2569. */
  int fiscalYear();

  @Nullable Round round();

  @Nullable Signature reporter();
}
