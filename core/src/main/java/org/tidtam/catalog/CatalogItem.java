package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedText;

/** Any catalog entry as a choice: its code and its label. */
public record CatalogItem(ReferenceKind kind, String code, LocalizedText label) {}
