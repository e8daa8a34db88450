package org.tidtam.form;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.SchoolSize;

/**
 * A school as its report (form 7.3) states it for a round: where it is, how large, its learners'
 * mean results in the national tests and how many awards it received. The dashboard and the annual
 * report aggregate these by district and size.
 *
 * @param filing the fiscal year, round and school code
 * @param district the district (อำเภอ) the report gives, absent when not given
 * @param size the school's size in OBEC's four classes, absent when not known or classed otherwise
 * @param students the students counted in the report
 * @param rtMean the mean of both RT skills of grade 1 (percent), absent when not reported
 * @param ntMean the mean of both NT areas of grade 3 (percent), absent when not reported
 * @param awards the awards and best practices listed
 */
public record SchoolFact(
    Filing filing,
    @Nullable String district,
    @Nullable SchoolSize size,
    int students,
    @Nullable BigDecimal rtMean,
    @Nullable BigDecimal ntMean,
    int awards)
    implements Fact {

  public SchoolFact {
    Objects.requireNonNull(filing, "filing");
  }

  /** The school's code. */
  public String schoolCode() {
    return filing.unitCode();
  }
}
