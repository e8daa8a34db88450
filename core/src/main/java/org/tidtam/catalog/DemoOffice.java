package org.tidtam.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The {@linkplain Catalog#demoCatalog() demo catalog} at the size of a real office, for
 * demonstrations, the annual report's volume and benchmarks: the demo office, its districts,
 * groups, policies, strategies and indicators unchanged (moved to another fiscal year if asked),
 * its schools followed by invented ones up to the number asked for, spread over the districts with
 * village and temple names, sizes and student counts as in a rural province, and an action plan of
 * invented projects spread over the groups, each with a budget. The same arguments always give the
 * same catalog; it is marked {@link Catalog#demo() demo}.
 */
public final class DemoOffice {

  /** The most schools and projects a demo office has. */
  public static final int MAX_SCHOOLS = 2000;

  public static final int MAX_PROJECTS = 500;

  /** The share of the generated schools in each district, in per mille, by the catalog's order. */
  private static final int[] DISTRICT_SHARES = {180, 120, 100, 150, 150, 100, 80, 120};

  private DemoOffice() {}

  /**
   * The demo office of a fiscal year with a number of schools (the demo catalog's own first, in
   * order, so their codes stay those of the demo users) and of projects.
   *
   * @param fiscalYear the B.E. fiscal year, e.g. 2569
   * @param seed where the random choices start; the same seed gives the same catalog
   * @throws IllegalArgumentException when a number is outside 1 to {@link #MAX_SCHOOLS} or {@link
   *     #MAX_PROJECTS}, or the year is not a B.E. year
   */
  public static Catalog of(int fiscalYear, int schools, int projects, long seed) {
    if (fiscalYear < 2400 || fiscalYear > 3000) {
      throw new IllegalArgumentException("not a Buddhist-era fiscal year: " + fiscalYear);
    }
    if (schools < 1 || schools > MAX_SCHOOLS) {
      throw new IllegalArgumentException("schools must be 1 to " + MAX_SCHOOLS + ": " + schools);
    }
    if (projects < 1 || projects > MAX_PROJECTS) {
      throw new IllegalArgumentException("projects must be 1 to " + MAX_PROJECTS + ": " + projects);
    }
    Catalog base = Catalog.demoCatalog();
    int baseYear = base.fiscalYears().getFirst();
    SplittableRandom random = new SplittableRandom(seed);
    Names names = Names.load();
    return new Catalog(
        base.office(),
        true,
        List.of(fiscalYear),
        base.groups(),
        schools(base, schools, names, random.split()),
        base.districts(),
        base.policies().stream()
            .map(
                p ->
                    new PolicyItem(
                        p.kind(),
                        recode(p.code(), baseYear, fiscalYear),
                        fiscalYear,
                        p.number(),
                        p.title()))
            .toList(),
        base.strategies().stream()
            .map(
                s ->
                    new Strategy(
                        recode(s.code(), baseYear, fiscalYear), fiscalYear, s.number(), s.title()))
            .toList(),
        base.indicators().stream()
            .map(
                i ->
                    new Indicator(
                        recode(i.code(), baseYear, fiscalYear),
                        fiscalYear,
                        recode(i.strategyCode(), baseYear, fiscalYear),
                        i.title(),
                        i.unit(),
                        i.target(),
                        i.targetNote(),
                        i.direction(),
                        i.ownerGroup()))
            .toList(),
        projects(base, fiscalYear, projects, names, random.split()));
  }

  /** A code of the demo catalog's year in another year: KBI-2569-1.1 becomes KBI-2570-1.1. */
  private static String recode(String code, int from, int to) {
    return from == to ? code : code.replace("-" + from + "-", "-" + to + "-");
  }

  private static List<School> schools(
      Catalog base, int count, Names names, SplittableRandom random) {
    List<School> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (School s : base.schools()) {
      if (out.size() < count) {
        out.add(s);
      }
      taken.add(s.name());
    }
    String codePrefix = base.schools().getFirst().code().substring(0, 4);
    List<String> districts = base.districts();
    int number = base.schools().size();
    while (out.size() < count) {
      number++;
      String district = districts.get(pick(random, DISTRICT_SHARES, districts.size()));
      String name = names.schoolName(district, random, taken);
      taken.add(name);
      int students = students(random);
      out.add(
          new School(
              codePrefix + String.format("%04d", number),
              name,
              district,
              sizeOf(students),
              students));
    }
    return out;
  }

  /** An index by weights (for as many items as there are weights, else evenly). */
  private static int pick(SplittableRandom random, int[] weights, int size) {
    if (weights.length != size) {
      return random.nextInt(size);
    }
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** Students of a school of a rural province: most small or medium, a few large. */
  private static int students(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 42) {
      return random.nextInt(35, 121);
    }
    if (r < 90) {
      return random.nextInt(121, 601);
    }
    if (r < 98) {
      return random.nextInt(601, 1501);
    }
    return random.nextInt(1501, 2600);
  }

  /** OBEC's four size classes by student count. */
  static SchoolSize sizeOf(int students) {
    if (students <= 120) {
      return SchoolSize.SMALL;
    }
    if (students <= 600) {
      return SchoolSize.MEDIUM;
    }
    return students <= 1500 ? SchoolSize.LARGE : SchoolSize.EXTRA_LARGE;
  }

  /**
   * The projects: one per group in the catalog's order while they last, the rest to the groups by
   * how many themes each has, each with a budget of 20,000 to 500,000 baht in steps of 5,000.
   */
  private static List<Project> projects(
      Catalog base, int fiscalYear, int count, Names names, SplittableRandom random) {
    List<OrgGroup> groups = base.groups();
    int[] weights = groups.stream().mapToInt(g -> names.themes(g.code()).size()).toArray();
    Map<String, Integer> used = new LinkedHashMap<>();
    String prefix = base.office().code().isEmpty() ? "PRJ" : "KBI";
    List<Project> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OrgGroup group =
          i < groups.size() ? groups.get(i) : groups.get(pick(random, weights, groups.size()));
      int n = used.merge(group.code(), 1, Integer::sum) - 1;
      String code =
          prefix + "-" + fiscalYear + "-P" + String.format(count < 100 ? "%02d" : "%03d", i + 1);
      BigDecimal budget = BigDecimal.valueOf(random.nextInt(4, 101) * 5000L).setScale(2);
      out.add(
          new Project(code, fiscalYear, names.projectName(group.code(), n), group.code(), budget));
    }
    return out;
  }

  /** The invented names of {@code demo-names.properties}. */
  private record Names(Properties properties) {

    static Names load() {
      Properties p = new Properties();
      try (InputStream in =
          Objects.requireNonNull(
              DemoOffice.class.getResourceAsStream("demo-names.properties"),
              "demo-names.properties")) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Names(p);
    }

    List<String> list(String key) {
      String value = properties.getProperty(key, "");
      return value.isBlank() ? List.of() : List.of(value.split("\\s*,\\s*"));
    }

    String word(String key) {
      return properties.getProperty(key, "");
    }

    List<String> themes(String group) {
      List<String> themes = list("project." + group);
      return themes.isEmpty() ? list("project.PLAN") : themes;
    }

    /** The n-th project of a group: its themes in order, then again as later phases. */
    String projectName(String group, int n) {
      List<String> themes = themes(group);
      String theme = themes.get(n % themes.size());
      int phase = n / themes.size();
      return phase == 0 ? theme : theme + " " + word("phase") + " " + (phase + 1);
    }

    /**
     * A school name not yet taken: a village of the district's sub-districts or of two words, a
     * temple, or a community school; with a sub-district after it when all are taken.
     */
    String schoolName(String district, SplittableRandom random, Set<String> taken) {
      List<String> subdistricts = list("district." + district);
      List<String> first = list("village.first");
      List<String> second = list("village.second");
      List<String> temples = list("temple");
      String school = word("prefix.school");
      String village = word("prefix.village");
      for (int attempt = 0; attempt < 60; attempt++) {
        int kind = random.nextInt(100);
        String name;
        if (kind < 20 && !subdistricts.isEmpty()) {
          name = school + village + subdistricts.get(random.nextInt(subdistricts.size()));
        } else if (kind < 32 && !temples.isEmpty()) {
          name = school + word("prefix.temple") + temples.get(random.nextInt(temples.size()));
        } else if (kind < 38) {
          name =
              school
                  + word("prefix.community")
                  + village
                  + first.get(random.nextInt(first.size()))
                  + second.get(random.nextInt(second.size()));
        } else {
          name =
              school
                  + village
                  + first.get(random.nextInt(first.size()))
                  + second.get(random.nextInt(second.size()));
        }
        if (!taken.contains(name)) {
          return name;
        }
      }
      String base =
          school
              + village
              + first.get(random.nextInt(first.size()))
              + second.get(random.nextInt(second.size()));
      for (int n = 2; ; n++) {
        String name = base + " " + n;
        if (!taken.contains(name)) {
          return name;
        }
      }
    }
  }
}
