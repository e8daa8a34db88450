package org.tidtam.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
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
    return items(kind, 0).stream().filter(i -> code.equals(i.code())).findFirst();
  }

  public Optional<Indicator> indicator(String code) {
    return indicators.stream().filter(i -> code.equals(i.code())).findFirst();
  }

  public Optional<OrgGroup> group(String code) {
    return groups.stream().filter(g -> code.equals(g.code())).findFirst();
  }

  public Optional<School> school(String code) {
    return schools.stream().filter(s -> code.equals(s.code())).findFirst();
  }

  public Optional<Strategy> strategy(String code) {
    return strategies.stream().filter(s -> code.equals(s.code())).findFirst();
  }

  public Optional<PolicyItem> policy(String code) {
    return policies.stream().filter(p -> code.equals(p.code())).findFirst();
  }

  /** The indicators of a strategy, in catalog order. */
  public List<Indicator> indicatorsOf(String strategyCode) {
    return indicators.stream().filter(i -> strategyCode.equals(i.strategyCode())).toList();
  }

  /**
   * What is wrong with this catalog, in Thai, one line per problem: duplicate or blank codes,
   * references to groups, strategies or districts that do not exist, years outside {@link
   * #fiscalYears()}, an indicator with neither target nor target note. Empty when it is sound.
   */
  public List<String> problems() {
    return CatalogCheck.problems(this);
  }

  /**
   * The invented demo catalog of สพป.กระบี่ for fiscal year 2569, loaded once. (Named so because
   * {@code demo()} is the accessor of the {@code demo} flag.)
   */
  public static Catalog demoCatalog() {
    return DemoHolder.DEMO;
  }

  private static final class DemoHolder {
    static final Catalog DEMO = load();

    private static Catalog load() {
      try (InputStream in =
          Objects.requireNonNull(
              Catalog.class.getResourceAsStream("demo-catalog.json"), "demo-catalog.json")) {
        return CatalogJson.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
