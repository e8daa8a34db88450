package org.tidtam.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A project of the office's action plan (แผนปฏิบัติการ) for a fiscal year, which a project report
 * (form 7.2) names by its code.
 *
 * @param code e.g. {@code KBI-2569-P03}, unique within its year
 * @param ownerGroup the code of the {@link OrgGroup} responsible for it
 * @param budget the planned budget in baht, when known
 */
public record Project(
    String code, int fiscalYear, String name, String ownerGroup, @Nullable BigDecimal budget) {}
