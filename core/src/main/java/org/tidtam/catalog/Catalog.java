package org.tidtam.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Message;

/**
 * The reference data of one office: its groups and schools, and per fiscal year the policy
 * framework (policies, strategies, indicators). Immutable; the application loads it from its
 * database, the command line from a JSON file.
 *
 * @param demo true when this is invented demo data, not the office's real plan
 * @param projects the projects of each year's action plan (the application keeps them with the
 *     monitoring plan; empty when unknown)
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
    List<Indicator> indicators,
    List<Project> projects) {

  public Catalog {
    projects = copy(projects);
    fiscalYears = copy(fiscalYears);
    groups = copy(groups);
    schools = copy(schools);
    districts = copy(districts);
    policies = copy(policies);
    strategies = copy(strategies);
    indicators = copy(indicators);
  }

  /** A catalog without the action plan's projects. */
  public Catalog(
      Office office,
      boolean demo,
      List<Integer> fiscalYears,
      List<OrgGroup> groups,
      List<School> schools,
      List<String> districts,
      List<PolicyItem> policies,
      List<Strategy> strategies,
      List<Indicator> indicators) {
    this(
        office,
        demo,
        fiscalYears,
        groups,
        schools,
        districts,
        policies,
        strategies,
        indicators,
        List.of());
  }

  /**
   * A list missing from an imported file reads as empty, so that {@link #problems()} can say so.
   */
  private static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  /** The choices of a kind for a fiscal year (kinds that are not per year ignore the year). */
  public List<CatalogItem> items(ReferenceKind kind, int fiscalYear) {
    return CatalogIndex.items(this, kind, fiscalYear);
  }

  /** The item of a kind with a code, in any fiscal year. */
  public Optional<CatalogItem> item(ReferenceKind kind, @Nullable String code) {
    return items(kind, 0).stream().filter(i -> Objects.equals(code, i.code())).findFirst();
  }

  public Optional<Indicator> indicator(@Nullable String code) {
    return indicators.stream().filter(i -> Objects.equals(code, i.code())).findFirst();
  }

  public Optional<OrgGroup> group(@Nullable String code) {
    return groups.stream().filter(g -> Objects.equals(code, g.code())).findFirst();
  }

  public Optional<School> school(@Nullable String code) {
    return schools.stream().filter(s -> Objects.equals(code, s.code())).findFirst();
  }

  public Optional<Strategy> strategy(@Nullable String code) {
    return strategies.stream().filter(s -> Objects.equals(code, s.code())).findFirst();
  }

  public Optional<PolicyItem> policy(@Nullable String code) {
    return policies.stream().filter(p -> Objects.equals(code, p.code())).findFirst();
  }

  /** The projects of a fiscal year's action plan, in plan order. */
  public List<Project> projectsOf(int fiscalYear) {
    return projects.stream().filter(p -> p.fiscalYear() == fiscalYear).toList();
  }

  /** The indicators of a strategy, in catalog order. */
  public List<Indicator> indicatorsOf(String strategyCode) {
    return indicators.stream().filter(i -> Objects.equals(strategyCode, i.strategyCode())).toList();
  }

  /**
   * What is wrong with this catalog, one message per problem (shown with {@link
   * Message#in(org.tidtam.i18n.Lang)}): duplicate or blank codes, references to groups, strategies
   * or districts that do not exist, years outside {@link #fiscalYears()}, an indicator with neither
   * target nor target note. Empty when it is sound.
   */
  public List<Message> problems() {
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
