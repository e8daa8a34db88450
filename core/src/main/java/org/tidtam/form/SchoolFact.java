package org.tidtam.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.SchoolSize;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

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
 * @param awardList each award listed with its level, in the report's order (empty when the form
 *     does not tell them one by one); never the names of the people who received them
 */
public record SchoolFact(
    Filing filing,
    @Nullable String district,
    @Nullable SchoolSize size,
    int students,
    @Nullable BigDecimal rtMean,
    @Nullable BigDecimal ntMean,
    int awards,
    List<Award> awardList)
    implements Fact {

  /** The level at which an award was given, from the service area up. */
  public enum AwardLevel implements Labeled {
    AREA("ระดับเขตพื้นที่การศึกษา", "Educational service area"),
    PROVINCE("ระดับจังหวัด", "Province"),
    REGION("ระดับภาค", "Region"),
    NATION("ระดับประเทศ", "Nation"),
    INTERNATIONAL("ระดับนานาชาติ", "International");

    private final LocalizedText label;

    AwardLevel(String th, String en) {
      this.label = LocalizedText.of(th, en);
    }

    @Override
    public LocalizedText label() {
      return label;
    }
  }

  /**
   * One award or best practice of the school.
   *
   * @param name the award as the school names it
   * @param level its level, absent when not told
   */
  public record Award(String name, @Nullable AwardLevel level) {
    public Award {
      Objects.requireNonNull(name, "name");
    }
  }

  public SchoolFact {
    Objects.requireNonNull(filing, "filing");
    awardList = awardList == null ? List.of() : List.copyOf(awardList);
  }

  /** A school whose awards are counted, not listed one by one. */
  public SchoolFact(
      Filing filing,
      @Nullable String district,
      @Nullable SchoolSize size,
      int students,
      @Nullable BigDecimal rtMean,
      @Nullable BigDecimal ntMean,
      int awards) {
    this(filing, district, size, students, rtMean, ntMean, awards, List.of());
  }

  /** The school's code. */
  public String schoolCode() {
    return filing.unitCode();
  }
}
