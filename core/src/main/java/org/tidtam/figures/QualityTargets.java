package org.tidtam.figures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The office's targets for its schools' mean results in the national tests, which the school
 * aggregates are held against: RT of grade 1 (both skills) and NT of grade 3 (both areas), in
 * percent. A target left out is not compared.
 */
public record QualityTargets(@Nullable BigDecimal rt, @Nullable BigDecimal nt) {

  public static final QualityTargets NONE = new QualityTargets(null, null);
}
