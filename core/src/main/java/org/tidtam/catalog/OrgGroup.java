package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedText;

/** A group (กลุ่ม) or unit of the office, e.g. กลุ่มนโยบายและแผน. */
public record OrgGroup(String code, LocalizedText name) {}
