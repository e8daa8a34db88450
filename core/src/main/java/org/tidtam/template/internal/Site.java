package org.tidtam.template.internal;

import org.tidtam.i18n.Message;
import org.tidtam.template.internal.ContentWalker.ParagraphSite;
import org.tidtam.template.internal.RunJoiner.TagText;

/**
 * A parsed tag and where it sits in the part; {@code id} numbers tags within the part, {@code text}
 * is its paragraph's text, {@code location} where the tag is as a problem shows it.
 */
record Site(
    int id,
    Tag tag,
    TagText tagText,
    ParagraphSite paragraph,
    boolean alone,
    String text,
    Message location) {

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  boolean inTable() {
    return paragraph.inTable();
  }
}
