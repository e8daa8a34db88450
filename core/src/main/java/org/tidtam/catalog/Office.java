package org.tidtam.catalog;

import org.tidtam.i18n.LocalizedText;

/**
 * The educational service area office that runs Tidtam, e.g. สพป.กระบี่.
 *
 * @param code the office's short code, e.g. {@code กบ}
 * @param name the full name, e.g. สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่
 * @param shortName the abbreviation, e.g. สพป.กระบี่
 * @param province the province, e.g. กระบี่
 */
public record Office(String code, LocalizedText name, LocalizedText shortName, String province) {}
