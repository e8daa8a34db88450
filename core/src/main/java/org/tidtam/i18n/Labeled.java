package org.tidtam.i18n;

/**
 * A value with a display label, implemented by the enums of form plugins so that choices show their
 * Thai (or English) wording in the editor and in documents.
 */
public interface Labeled {
  LocalizedText label();
}
