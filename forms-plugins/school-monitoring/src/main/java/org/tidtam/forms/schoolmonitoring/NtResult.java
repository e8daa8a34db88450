package org.tidtam.forms.schoolmonitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.Computed;
import org.tidtam.form.Label;

/**
 * NT, the national test of grade 3 (ป.3), of one academic year: the school's mean percentage in
 * Thai and mathematics, and the office's and the nation's where the school has them.
 */
public record NtResult(
    @Label(th = "ปีการศึกษา (พ.ศ.)", en = "Academic year (B.E.)")
        @Min(value = 2560, message = "{tidtam.form73.academicYear.range}")
        @Max(value = 2600, message = "{tidtam.form73.academicYear.range}")
        @Nullable Integer academicYear,
    @Label(th = "ความสามารถด้านภาษาไทย", en = "Thai")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal thai,
    @Label(th = "ความสามารถด้านคณิตศาสตร์", en = "Mathematics")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal math,
    @Label(th = "ค่าเฉลี่ยระดับเขตพื้นที่", en = "Office means") @Valid @Nullable NtBenchmark esa,
    @Label(th = "ค่าเฉลี่ยระดับประเทศ", en = "National means") @Valid @Nullable NtBenchmark nation)
    implements TestResult {

  @Computed
  @Label(th = "รวม 2 ด้าน", en = "Both areas")
  public @Nullable BigDecimal total() {
    return Scores.mean(thai, math);
  }

  @Override
  @Computed
  @Label(th = "ผลเทียบกับเขตพื้นที่และระดับประเทศ", en = "Compared with the office and the nation")
  public List<ScoreComparison> comparison() {
    NtBenchmark e = esa == null ? new NtBenchmark(null, null, null) : esa;
    NtBenchmark n = nation == null ? new NtBenchmark(null, null, null) : nation;
    return List.of(
        ScoreComparison.of(TestItem.THAI, thai, e.thai(), n.thai()),
        ScoreComparison.of(TestItem.MATH, math, e.math(), n.math()),
        ScoreComparison.of(TestItem.AREAS_TOTAL, total(), e.total(), n.total()));
  }

  @Override
  @Computed
  @Label(th = "คอลัมน์ที่เปรียบเทียบ", en = "Comparison columns")
  public String columns() {
    return ScoreComparison.columns(esa != null && esa.given(), nation != null && nation.given());
  }
}
