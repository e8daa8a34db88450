package org.tidtam.schema;

import org.tidtam.i18n.LocalizedText;

/** One option of a choice field: the stored value (an enum constant's name) and its label. */
public record Choice(String value, LocalizedText label) {}
