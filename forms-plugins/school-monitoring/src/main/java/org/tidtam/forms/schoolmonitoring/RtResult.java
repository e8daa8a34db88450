package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;

/**
 * RT, the reading test of grade 1 (ป.1): the school's mean percentage per skill, with the office
 * and the nation for comparison.
 */
public record RtResult(
    @Label(th = "การอ่านออกเสียง", en = "Reading aloud")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal readingAloud,
    @Label(th = "การอ่านรู้เรื่อง", en = "Reading comprehension")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal readingComprehension,
    @Label(th = "ค่าเฉลี่ยรวมระดับเขตพื้นที่", en = "Office mean (both skills)")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal esaTotal,
    @Label(th = "ค่าเฉลี่ยรวมระดับประเทศ", en = "National mean (both skills)")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal nationTotal) {

  @Computed
  @Label(th = "รวม 2 สมรรถนะ", en = "Both skills")
  public @Nullable BigDecimal total() {
    return Scores.mean(readingAloud, readingComprehension);
  }
}
