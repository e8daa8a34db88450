package org.tidtam.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The reference data of one office: its groups and schools, and per fiscal year the policy
 * framework (policies, strategies, indicators). Immutable; the application loads it from its
 * database, the command line from a JSON file.
 *
 * @param demo true when this is invented demo data, not the office's real plan
 */
public record Catalog(
    Office office,
    boolean demo,
    List<Integer> fiscalYears,
    List<OrgGroup> groups,
    List<School> schools,
    List<String> districts,
    List<PolicyItem> policies,
    List<Strategy> strategies,
    List<Indicator> indicators) {

  public Catalog {
    fiscalYears = List.copyOf(fiscalYears);
    groups = List.copyOf(groups);
    schools = List.copyOf(schools);
    districts = List.copyOf(districts);
    policies = List.copyOf(policies);
    strategies = List.copyOf(strategies);
    indicators = List.copyOf(indicators);
  }

  /** The choices of a kind for a fiscal year (kinds that are not per year ignore the year). */
  public List<CatalogItem> items(ReferenceKind kind, int fiscalYear) {
    return CatalogIndex.items(this, kind, fiscalYear);
  }

  /** The item of a kind with a code, in any fiscal year. */
  public Optional<CatalogItem> item(ReferenceKind kind, String code) {
    return items(kind, 0).stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  public Optional<OrgGroup> group(String code) {
    return groups.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  public Optional<School> school(String code) {
    return schools.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
