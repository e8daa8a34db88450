package org.tidtam.form;

/** The derived values of a plugin that computes none beyond its record's own. */
public record NoDerivedValues() {
  public static final NoDerivedValues INSTANCE = new NoDerivedValues();
}
