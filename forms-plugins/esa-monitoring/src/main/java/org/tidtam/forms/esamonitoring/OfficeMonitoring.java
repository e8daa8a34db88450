package org.tidtam.forms.esamonitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Indicator;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.Strategy;
import org.tidtam.form.Signature;
import org.tidtam.form.monitoring.ProblemSolution;
import org.tidtam.thai.Round;

/**
 * The office's own form 7.1, combined from its groups' reports of one fiscal year and round: the
 * reporting unit is the office, and it holds every group's indicator results (by strategy, then by
 * indicator, in the catalog's order; an indicator reported by two groups keeps both rows), best
 * practices, problems and suggestions (in the catalog's order of the groups). Each row's owner
 * names the group it came from. The policy and planning group, which consolidates the reports
 * (DOMAIN §3.1), reports it; the office's director certifies it. The totals (indicators achieved
 * and so on) are computed from the rows, and section 3 from every group's 7.2 reports, as for any
 * report.
 */
final class OfficeMonitoring {

  /** The group that consolidates the office's reports, by its standard name (DOMAIN §7.8). */
  static final String CONSOLIDATING_GROUP = "กลุ่มนโยบายและแผน";

  static final String DIRECTOR = "ผู้อำนวยการ";

  /** The longest text of an owner and of the routine-work summary that the form accepts. */
  private static final int OWNER_MAX = 255;

  private static final int SUMMARY_MAX = 4000;

  private OfficeMonitoring() {}

  /**
   * The office's report combined from the groups' reports of the year and round; reports of other
   * years or rounds, without a group, or of the office itself are left out. Empty when none is
   * left.
   */
  static Optional<EsaMonitoring> combine(
      List<EsaMonitoring> reports, int fiscalYear, Round round, Catalog catalog) {
    String office = unit(catalog);
    List<EsaMonitoring> groups =
        reports.stream()
            .filter(r -> r.fiscalYear() == fiscalYear && r.round() == round)
            .filter(r -> !Checks.blank(r.reportingGroup()) && !office.equals(r.reportingGroup()))
            .sorted(Comparator.comparingInt(r -> groupRank(catalog, r.reportingGroup())))
            .toList();
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    List<IndicatorResult> results = new ArrayList<>();
    List<BestPractice> practices = new ArrayList<>();
    List<ProblemSolution> problems = new ArrayList<>();
    List<Suggestion> suggestions = new ArrayList<>();
    List<String> routine = new ArrayList<>();
    for (EsaMonitoring g : groups) {
      String name = groupName(catalog, g.reportingGroup());
      for (IndicatorResult r : g.results()) {
        results.add(
            new IndicatorResult(
                r.obecPolicy(),
                r.focus(),
                r.strategy(),
                r.indicatorCode(),
                r.indicator(),
                attributed(r.owner(), name),
                r.measure(),
                r.narrative(),
                r.evidenceUrls(),
                r.projectCodes(),
                r.routineWork(),
                r.budgetAllocated(),
                r.budgetSpent()));
      }
      for (BestPractice b : g.bestPractices()) {
        practices.add(
            new BestPractice(
                b.title(), b.summary(), b.outcome(), b.photos(), attributed(b.owner(), name)));
      }
      problems.addAll(g.problems());
      suggestions.addAll(g.suggestions());
      if (!Checks.blank(g.routineWorkSummary())) {
        routine.add(name + ": " + g.routineWorkSummary().strip());
      }
    }
    // a stable sort: rows of the same indicator stay in the order of their groups
    results.sort(
        Comparator.comparingInt((IndicatorResult r) -> strategyRank(catalog, r.strategy()))
            .thenComparing(r -> Objects.toString(r.strategy(), ""), CodeOrder.INSTANCE)
            .thenComparingInt(r -> indicatorRank(catalog, r.indicatorCode()))
            .thenComparing(r -> Objects.toString(r.indicatorCode(), ""), CodeOrder.INSTANCE));
    EsaMonitoring consolidating = consolidating(groups, catalog);
    String officeName = catalog.office().name().th();
    return Optional.of(
        new EsaMonitoring(
            fiscalYear,
            round,
            office,
            consolidating.contactName(),
            consolidating.contactPhone(),
            consolidating.contactEmail(),
            groups.stream()
                .map(EsaMonitoring::dataAsOf)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null),
            results,
            routine.isEmpty() ? null : fit(routine),
            practices.isEmpty(),
            practices,
            problems.isEmpty(),
            problems,
            suggestions,
            consolidating.reporter(),
            new Signature(
                null,
                Objects.toString(catalog.office().director(), ""),
                DIRECTOR + officeName,
                null)));
  }

  /**
   * The code that files the office's own report: the catalog's code of the office, or its name when
   * the catalog gives no code.
   */
  static String unit(Catalog catalog) {
    String code = catalog.office().code();
    return Checks.blank(code) ? catalog.office().name().th() : code;
  }

  /** Whether a report is the office's own rather than a group's. */
  static boolean isOffice(Catalog catalog, @Nullable String unit) {
    return unit != null && unit.equals(unit(catalog)) && catalog.group(unit).isEmpty();
  }

  /** The report of the policy and planning group, else of the first group. */
  private static EsaMonitoring consolidating(List<EsaMonitoring> groups, Catalog catalog) {
    return groups.stream()
        .filter(g -> CONSOLIDATING_GROUP.equals(groupName(catalog, g.reportingGroup())))
        .findFirst()
        .orElse(groups.getFirst());
  }

  private static String groupName(Catalog catalog, String code) {
    return catalog.group(code).map(g -> g.name().th()).orElse(code);
  }

  /** "owner (group)", cut so that it fits the form; the group alone without an owner. */
  static String attributed(@Nullable String owner, String group) {
    String g = " (" + group + ")";
    if (Checks.blank(owner)) {
      return cut(group, OWNER_MAX);
    }
    if (g.length() >= OWNER_MAX) {
      return cut(owner.strip(), OWNER_MAX);
    }
    return cut(owner.strip(), OWNER_MAX - g.length()) + g;
  }

  /**
   * The groups' routine-work summaries, one paragraph each; when together they are longer than the
   * form takes, each is shortened to an equal share, ending with an ellipsis.
   */
  private static String fit(List<String> paragraphs) {
    String joined = String.join("\n", paragraphs);
    if (joined.length() <= SUMMARY_MAX) {
      return joined;
    }
    int share = (SUMMARY_MAX - (paragraphs.size() - 1)) / paragraphs.size();
    return String.join("\n", paragraphs.stream().map(p -> cut(p, share)).toList());
  }

  /** The text cut to at most {@code max} characters, ending with an ellipsis when it was cut. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, Math.max(0, end)) + "…";
  }

  private static int groupRank(Catalog catalog, String code) {
    return rank(catalog.groups(), OrgGroup::code, code);
  }

  private static int strategyRank(Catalog catalog, @Nullable String code) {
    return rank(catalog.strategies(), Strategy::code, code);
  }

  private static int indicatorRank(Catalog catalog, @Nullable String code) {
    return rank(catalog.indicators(), Indicator::code, code);
  }

  /** The position of the item with the code in the catalog's list; unknown codes go last. */
  private static <T> int rank(List<T> items, Function<T, String> code, @Nullable String wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (code.apply(items.get(i)).equals(wanted)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Orders codes as people read them: "2.10" after "2.9", comparing runs of digits as numbers. */
  enum CodeOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        char x = a.charAt(i);
        char y = b.charAt(j);
        if (digit(x) && digit(y)) {
          int ei = digitsEnd(a, i);
          int ej = digitsEnd(b, j);
          String da = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
          String db = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
          int c =
              da.length() != db.length()
                  ? Integer.compare(da.length(), db.length())
                  : da.compareTo(db);
          if (c != 0) {
            return c;
          }
          i = ei;
          j = ej;
        } else {
          if (x != y) {
            return Character.compare(x, y);
          }
          i++;
          j++;
        }
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean digit(char c) {
      return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
      int k = from;
      while (k < s.length() && digit(s.charAt(k))) {
        k++;
      }
      return k;
    }
  }
}
