package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;

/** The RT means of the office or the nation, as published, to compare the school with. */
public record RtBenchmark(
    @Label(th = "การอ่านออกเสียง", en = "Reading aloud")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal readingAloud,
    @Label(th = "การอ่านรู้เรื่อง", en = "Reading comprehension")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal readingComprehension,
    @Label(th = "รวม 2 สมรรถนะ", en = "Both skills")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal total) {

  boolean given() {
    return readingAloud != null || readingComprehension != null || total != null;
  }
}
