package org.tidtam.catalog;

import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;

/**
 * The educational service area office that runs Tidtam, e.g. สพป.กระบี่.
 *
 * @param code the office's short code, e.g. {@code กบ}
 * @param name the full name, e.g. สำนักงานเขตพื้นที่การศึกษาประถมศึกษากระบี่
 * @param shortName the abbreviation, e.g. สพป.กระบี่
 * @param province the province, e.g. กระบี่
 * @param director the name of the office's director (ผู้อำนวยการ), with its title, who signs the
 *     office's own forms; null when the catalog does not name one
 */
public record Office(
    String code,
    LocalizedText name,
    LocalizedText shortName,
    String province,
    @Nullable String director) {

  /** An office whose director is not named. */
  public Office(String code, LocalizedText name, LocalizedText shortName, String province) {
    this(code, name, shortName, province, null);
  }
}
