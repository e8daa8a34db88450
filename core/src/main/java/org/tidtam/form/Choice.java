package org.tidtam.form;

import org.tidtam.i18n.LocalizedText;

/** One option of a choice field: the stored value (an enum constant's name) and its label. */
public record Choice(String value, LocalizedText label) {}
