package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedText;

/**
 * One item of a policy list of a fiscal year, at one level: a national-strategy pillar, a Ministry
 * of Education policy, an OBEC policy, an OBEC focus point or Quick Win, an item of OBEC's action
 * plan or of the provincial education plan.
 *
 * @param kind its level: a kind whose {@link ReferenceKind#policyLevel()} is true
 * @param code unique within the catalog, e.g. {@code OBEC-2569-04}
 * @param fiscalYear the BE fiscal year it belongs to
 * @param number its printed number in the list
 * @param title the policy text
 */
public record PolicyItem(
    ReferenceKind kind, String code, int fiscalYear, int number, LocalizedText title) {}
