package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;

/** O-NET of grade 6 or grade 9 (ป.6, ม.3): the school's mean score per subject. */
public record OnetResult(
    @Label(th = "ภาษาไทย", en = "Thai")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal thai,
    @Label(th = "คณิตศาสตร์", en = "Mathematics")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal math,
    @Label(th = "วิทยาศาสตร์", en = "Science")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal science,
    @Label(th = "ภาษาอังกฤษ", en = "English")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal english) {

  @Computed
  @Label(th = "เฉลี่ย 4 วิชา", en = "Mean of 4 subjects")
  public @Nullable BigDecimal mean() {
    return Scores.mean(thai, math, science, english);
  }
}
