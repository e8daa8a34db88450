package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;

/** NT, the national test of grade 3 (ป.3): the school's mean percentage in Thai and mathematics. */
public record NtResult(
    @Label(th = "ความสามารถด้านภาษาไทย", en = "Thai")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal thai,
    @Label(th = "ความสามารถด้านคณิตศาสตร์", en = "Mathematics")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal math,
    @Label(th = "ค่าเฉลี่ยรวมระดับประเทศ", en = "National mean")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal nationTotal) {

  @Computed
  @Label(th = "รวม 2 ด้าน", en = "Both areas")
  public @Nullable BigDecimal total() {
    return Scores.mean(thai, math);
  }
}
