package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;

/** The NT means of the office or the nation, as published, to compare the school with. */
public record NtBenchmark(
    @Label(th = "ความสามารถด้านภาษาไทย", en = "Thai")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal thai,
    @Label(th = "ความสามารถด้านคณิตศาสตร์", en = "Mathematics")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal math,
    @Label(th = "รวม 2 ด้าน", en = "Both areas")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal total) {

  boolean given() {
    return thai != null || math != null || total != null;
  }
}
