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
 * RT, the reading test of grade 1 (ป.1), of one academic year: the school's mean percentage per
 * skill, and the office's and the nation's where the school has them, for comparison.
 */
public record RtResult(
    @Label(th = "ปีการศึกษา (พ.ศ.)", en = "Academic year (B.E.)")
        @Min(value = 2560, message = "{tidtam.form73.academicYear.range}")
        @Max(value = 2600, message = "{tidtam.form73.academicYear.range}")
        @Nullable Integer academicYear,
    @Label(th = "การอ่านออกเสียง", en = "Reading aloud")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal readingAloud,
    @Label(th = "การอ่านรู้เรื่อง", en = "Reading comprehension")
        @DecimalMin(value = "0", message = "{tidtam.form73.score.range}")
        @DecimalMax(value = "100", message = "{tidtam.form73.score.range}")
        @Nullable BigDecimal readingComprehension,
    @Label(th = "ค่าเฉลี่ยระดับเขตพื้นที่", en = "Office means") @Valid @Nullable RtBenchmark esa,
    @Label(th = "ค่าเฉลี่ยระดับประเทศ", en = "National means") @Valid @Nullable RtBenchmark nation)
    implements TestResult {

  @Computed
  @Label(th = "รวม 2 สมรรถนะ", en = "Both skills")
  public @Nullable BigDecimal total() {
    return Scores.mean(readingAloud, readingComprehension);
  }

  @Override
  @Computed
  @Label(th = "ผลเทียบกับเขตพื้นที่และระดับประเทศ", en = "Compared with the office and the nation")
  public List<ScoreComparison> comparison() {
    RtBenchmark e = esa == null ? new RtBenchmark(null, null, null) : esa;
    RtBenchmark n = nation == null ? new RtBenchmark(null, null, null) : nation;
    return List.of(
        ScoreComparison.of(
            TestItem.READING_ALOUD, readingAloud, e.readingAloud(), n.readingAloud()),
        ScoreComparison.of(
            TestItem.READING_COMPREHENSION,
            readingComprehension,
            e.readingComprehension(),
            n.readingComprehension()),
        ScoreComparison.of(TestItem.READING_TOTAL, total(), e.total(), n.total()));
  }

  @Override
  @Computed
  @Label(th = "คอลัมน์ที่เปรียบเทียบ", en = "Comparison columns")
  public String columns() {
    return ScoreComparison.columns(esa != null && esa.given(), nation != null && nation.given());
  }
}
