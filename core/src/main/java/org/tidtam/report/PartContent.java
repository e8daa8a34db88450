package org.tidtam.report;

/** Writes a report part's content; called once, while the report is assembled. */
@FunctionalInterface
public interface PartContent {

  void write(PartWriter out);
}
