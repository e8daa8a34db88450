package org.tidtam.forms.schoolmonitoring;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tidtam.form.FieldType;
import org.tidtam.form.Kind;
import org.tidtam.form.Label;

/**
 * One line of a test's result table as printed: the school's score beside the office's and the
 * nation's, and how far the school is above (positive) or below (negative) each of them.
 */
public record ScoreComparison(
    @Label(th = "รายการ", en = "Item") TestItem item,
    @Label(th = "สถานศึกษา", en = "School") @Kind(FieldType.DECIMAL) @Nullable BigDecimal school,
    @Label(th = "เขตพื้นที่", en = "Office") @Kind(FieldType.DECIMAL) @Nullable BigDecimal esa,
    @Label(th = "ต่างจากเขตพื้นที่", en = "Difference from the office") @Kind(FieldType.DECIMAL)
        @Nullable BigDecimal esaDifference,
    @Label(th = "ระดับประเทศ", en = "Nation") @Kind(FieldType.DECIMAL) @Nullable BigDecimal nation,
    @Label(th = "ต่างจากระดับประเทศ", en = "Difference from the nation") @Kind(FieldType.DECIMAL)
        @Nullable BigDecimal nationDifference) {

  static ScoreComparison of(
      TestItem item,
      @Nullable BigDecimal school,
      @Nullable BigDecimal esa,
      @Nullable BigDecimal nation) {
    return new ScoreComparison(
        item,
        school,
        esa,
        Scores.difference(school, esa),
        nation,
        Scores.difference(school, nation));
  }

  /**
   * Which comparison columns a table of these lines prints: {@code BOTH}, {@code ESA}, {@code
   * NATION} or {@code NONE}, so that no column stays empty.
   */
  static String columns(boolean esa, boolean nation) {
    return esa ? (nation ? "BOTH" : "ESA") : (nation ? "NATION" : "NONE");
  }
}
