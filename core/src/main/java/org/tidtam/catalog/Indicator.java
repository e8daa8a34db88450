package org.tidtam.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;

/**
 * An indicator (ตัวชี้วัด) of an office strategy, with its target.
 *
 * @param code unique within the catalog, e.g. {@code KBI-2569-2.1}
 * @param fiscalYear the BE fiscal year
 * @param strategyCode the code of its {@link Strategy}
 * @param title the indicator's text
 * @param unit the unit (หน่วยนับ), e.g. ร้อยละ, คน, โรงเรียน
 * @param target the target value, or null when set elsewhere (e.g. by a cabinet resolution)
 * @param targetNote how the target reads when it is not a plain number, e.g. "ตามเป้าหมายมติ ครม."
 * @param direction which way the result must go
 * @param ownerGroup the code of the {@link OrgGroup} that reports it
 */
public record Indicator(
    String code,
    int fiscalYear,
    String strategyCode,
    LocalizedText title,
    String unit,
    @Nullable BigDecimal target,
    @Nullable String targetNote,
    Direction direction,
    String ownerGroup) {}
