package org.tidtam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A school of the office.
 *
 * @param code the school's code (รหัสสถานศึกษา)
 * @param name e.g. โรงเรียนอนุบาลกระบี่
 * @param district the district (อำเภอ)
 * @param size the size class, when known
 * @param students the student count at the last data snapshot, when known
 */
public record School(
    String code,
    String name,
    String district,
    @Nullable SchoolSize size,
    @Nullable Integer students) {}
