package org.tidtam.template;

/**
 * One problem found in a template when it is compiled.
 *
 * @param part the document part, e.g. {@code word/document.xml} or {@code word/header1.xml}
 * @param location where in the part: the paragraph's text, or the table, row and cell
 * @param message what is wrong and how to mend it
 */
public record TemplateProblem(String part, String location, String message) {
  @Override
  public String toString() {
    return part + " @ " + location + ": " + message;
  }
}
