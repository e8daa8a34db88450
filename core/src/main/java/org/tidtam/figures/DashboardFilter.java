package org.tidtam.figures;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Round;

/**
 * What the figures are about: a fiscal year (B.E.) and round, and optionally one district and one
 * group. The district narrows the schools (their reports and aggregates); the group narrows the
 * groups' and projects' reports, the indicators it owns and its projects' budget.
 */
public record DashboardFilter(
    int fiscalYear, Round round, @Nullable String district, @Nullable String groupCode) {

  public DashboardFilter {
    Objects.requireNonNull(round, "round");
    district = district == null || district.isBlank() ? null : district;
    groupCode = groupCode == null || groupCode.isBlank() ? null : groupCode;
  }

  /** The whole office in a fiscal year and round. */
  public static DashboardFilter of(int fiscalYear, Round round) {
    return new DashboardFilter(fiscalYear, round, null, null);
  }

  boolean district(@Nullable String value) {
    return district == null || district.equals(value);
  }

  boolean group(@Nullable String value) {
    return groupCode == null || groupCode.equals(value);
  }
}
