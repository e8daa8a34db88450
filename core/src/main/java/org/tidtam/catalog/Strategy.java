package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedText;

/** A strategy (กลยุทธ์) of the office's plan for a fiscal year. */
public record Strategy(String code, int fiscalYear, int number, LocalizedText title) {}
