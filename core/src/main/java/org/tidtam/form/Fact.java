package org.tidtam.form;

/**
 * Something a plugin states about one of its submissions, in a small typed record defined by core:
 * other forms, the dashboard and the annual report read facts, never another plugin's JSON or
 * classes. A plugin names the kinds it publishes in {@link FormPlugin#factKinds()} and states them
 * in {@link FormPlugin#facts}.
 */
public interface Fact {

  /** The fiscal year, round and unit the fact is about. */
  Filing filing();
}
