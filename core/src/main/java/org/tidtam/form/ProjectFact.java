package org.tidtam.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;

/**
 * One project of the office's action plan as a project report (form 7.2) states it: its money, its
 * status and what it serves. Form 7.1 lists a group's projects from these; the dashboard and the
 * annual report sum them. Amounts are zero when not reported.
 *
 * @param filing the fiscal year, round and responsible group
 * @param status the project's status in words (a completed project's reads "Completed" in English),
 *     absent when the report does not say
 * @param assessment the result of the project in words, absent when not yet assessed
 * @param indicatorCodes the office indicators the project serves
 * @param policyCode the OBEC policy the project serves, absent when not given
 * @param focusCodes the OBEC focus points the project serves
 * @param funding the money per funding source, in the report's order (empty when not told)
 */
public record ProjectFact(
    Filing filing,
    String code,
    String name,
    BigDecimal allocated,
    BigDecimal spent,
    @Nullable LocalizedText status,
    @Nullable LocalizedText assessment,
    List<String> indicatorCodes,
    @Nullable String policyCode,
    List<String> focusCodes,
    List<Funding> funding)
    implements Fact {

  /**
   * The money of one funding source (แหล่งงบประมาณ) of the project.
   *
   * @param sourceCode the source's code as the form names it, e.g. {@code GOVERNMENT_BUDGET}
   * @param source the source in words
   */
  public record Funding(
      String sourceCode, LocalizedText source, BigDecimal allocated, BigDecimal spent) {
    public Funding {
      Objects.requireNonNull(sourceCode, "sourceCode");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(allocated, "allocated");
      Objects.requireNonNull(spent, "spent");
    }
  }

  /** A project whose money per funding source is not told. */
  public ProjectFact(
      Filing filing,
      String code,
      String name,
      BigDecimal allocated,
      BigDecimal spent,
      @Nullable LocalizedText status,
      @Nullable LocalizedText assessment,
      List<String> indicatorCodes,
      @Nullable String policyCode,
      List<String> focusCodes) {
    this(
        filing,
        code,
        name,
        allocated,
        spent,
        status,
        assessment,
        indicatorCodes,
        policyCode,
        focusCodes,
        List.of());
  }

  public ProjectFact {
    Objects.requireNonNull(filing, "filing");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(spent, "spent");
    indicatorCodes = List.copyOf(indicatorCodes);
    focusCodes = List.copyOf(focusCodes);
    funding = List.copyOf(funding);
  }

  /** The code of the group responsible for the project. */
  @Computed
  @Label(th = "กลุ่มที่รับผิดชอบ", en = "Responsible group")
  public String groupCode() {
    return filing.unitCode();
  }

  @Computed
  @Label(th = "คงเหลือ", en = "Remaining")
  @Kind(FieldType.MONEY)
  public BigDecimal remaining() {
    return allocated.subtract(spent);
  }

  /** Spent as a percentage of allocated, 2 decimals; absent when nothing was allocated. */
  @Computed
  @Label(th = "ร้อยละการเบิกจ่าย", en = "Disbursement (%)")
  @Kind(FieldType.PERCENT)
  public @Nullable BigDecimal disbursementPct() {
    if (allocated.signum() == 0) {
      return null;
    }
    return spent.multiply(BigDecimal.valueOf(100)).divide(allocated, 2, RoundingMode.HALF_UP);
  }
}
