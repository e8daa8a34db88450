package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedText;

/**
 * One item of a policy list of a fiscal year: a national-strategy pillar, an OBEC policy, an OBEC
 * focus point or Quick Win.
 *
 * @param kind {@link ReferenceKind#NATIONAL_STRATEGY}, {@link ReferenceKind#OBEC_POLICY} or {@link
 *     ReferenceKind#OBEC_FOCUS}
 * @param code unique within the catalog, e.g. {@code OBEC-2569-04}
 * @param fiscalYear the BE fiscal year it belongs to
 * @param number its printed number in the list
 * @param title the policy text
 */
public record PolicyItem(
    ReferenceKind kind, String code, int fiscalYear, int number, LocalizedText title) {}
