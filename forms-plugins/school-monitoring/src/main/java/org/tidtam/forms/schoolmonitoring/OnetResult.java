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
 * O-NET of grade 6 or grade 9 (ป.6, ม.3) of one academic year: the school's mean score per subject,
 * and the office's and the nation's where the school has them.
 */
public record OnetResult(
    @Label(th = "ปีการศึกษา (พ.ศ.)", en = "Academic year (B.E.)")
        @Min(value = 2560, message = "{tidtam.form73.academicYear.range}")
        @Max(value = 2600, message = "{tidtam.form73.academicYear.range}")
        @Nullable Integer academicYear,
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
        @Nullable BigDecimal english,
    @Label(th = "ค่าเฉลี่ยระดับเขตพื้นที่", en = "Office means") @Valid @Nullable OnetBenchmark esa,
    @Label(th = "ค่าเฉลี่ยระดับประเทศ", en = "National means") @Valid
        @Nullable OnetBenchmark nation)
    implements TestResult {

  @Computed
  @Label(th = "เฉลี่ย 4 วิชา", en = "Mean of 4 subjects")
  public @Nullable BigDecimal mean() {
    return Scores.mean(thai, math, science, english);
  }

  @Override
  @Computed
  @Label(th = "ผลเทียบกับเขตพื้นที่และระดับประเทศ", en = "Compared with the office and the nation")
  public List<ScoreComparison> comparison() {
    OnetBenchmark e = esa == null ? new OnetBenchmark(null, null, null, null, null) : esa;
    OnetBenchmark n = nation == null ? new OnetBenchmark(null, null, null, null, null) : nation;
    return List.of(
        ScoreComparison.of(TestItem.THAI, thai, e.thai(), n.thai()),
        ScoreComparison.of(TestItem.MATH, math, e.math(), n.math()),
        ScoreComparison.of(TestItem.SCIENCE, science, e.science(), n.science()),
        ScoreComparison.of(TestItem.ENGLISH, english, e.english(), n.english()),
        ScoreComparison.of(TestItem.SUBJECTS_MEAN, mean(), e.mean(), n.mean()));
  }

  @Override
  @Computed
  @Label(th = "คอลัมน์ที่เปรียบเทียบ", en = "Comparison columns")
  public String columns() {
    return ScoreComparison.columns(esa != null && esa.given(), nation != null && nation.given());
  }
}
