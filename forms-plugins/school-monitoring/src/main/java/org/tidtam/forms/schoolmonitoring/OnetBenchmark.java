package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Label;

/** The O-NET means of the office or the nation, as published, to compare the school with. */
public record OnetBenchmark(
    @Label(th = "ภาษาไทย", en = "Thai")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal thai,
    @Label(th = "คณิตศาสตร์", en = "Mathematics")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal math,
    @Label(th = "วิทยาศาสตร์", en = "Science")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal science,
    @Label(th = "ภาษาอังกฤษ", en = "English")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal english,
    @Label(th = "เฉลี่ย 4 วิชา", en = "Mean of 4 subjects")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Digits(integer = 3, fraction = 2)
        @Nullable BigDecimal mean) {

  boolean given() {
    return thai != null || math != null || science != null || english != null || mean != null;
  }
}
