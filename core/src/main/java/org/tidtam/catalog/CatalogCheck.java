package org.tidtam.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;

/** Finds the broken references and duplicates of a catalog, for tests and for catalog import. */
final class CatalogCheck {
  private static final Message GROUP = Message.of("tidtam.catalog.kind.group");
  private static final Message SCHOOL = Message.of("tidtam.catalog.kind.school");
  private static final Message DISTRICT = Message.of("tidtam.catalog.kind.district");
  private static final Message POLICY = Message.of("tidtam.catalog.kind.policy");
  private static final Message STRATEGY = Message.of("tidtam.catalog.kind.strategy");
  private static final Message INDICATOR = Message.of("tidtam.catalog.kind.indicator");

  private final Catalog catalog;
  private final List<Message> problems = new ArrayList<>();

  private CatalogCheck(Catalog catalog) {
    this.catalog = catalog;
  }

  static List<Message> problems(Catalog catalog) {
    CatalogCheck check = new CatalogCheck(catalog);
    check.run();
    return List.copyOf(check.problems);
  }

  private void run() {
    Office office = catalog.office();
    if (office == null || blank(office.code())) {
      problems.add(Message.of("tidtam.catalog.office.missing"));
    }
    if (catalog.fiscalYears().isEmpty()) {
      problems.add(Message.of("tidtam.catalog.fiscalYears.missing"));
    }
    for (int fy : catalog.fiscalYears()) {
      if (fy <= 2400) {
        problems.add(Message.of("tidtam.catalog.fiscalYear.notBE", "year", fy));
      }
    }
    unique(GROUP, catalog.groups(), OrgGroup::code);
    unique(SCHOOL, catalog.schools(), School::code);
    unique(DISTRICT, catalog.districts(), Function.identity());
    unique(POLICY, catalog.policies(), PolicyItem::code);
    unique(STRATEGY, catalog.strategies(), Strategy::code);
    unique(INDICATOR, catalog.indicators(), Indicator::code);
    catalog.groups().stream()
        .filter(g -> g.name() == null)
        .forEach(g -> problems.add(problem("tidtam.catalog.name.missing", item(GROUP, g.code()))));
    catalog.schools().forEach(this::check);
    catalog.policies().forEach(this::check);
    catalog.strategies().forEach(this::check);
    catalog.indicators().forEach(this::check);
  }

  private void check(School s) {
    if (blank(s.name())) {
      problems.add(problem("tidtam.catalog.name.missing", item(SCHOOL, s.code())));
    }
    if (s.district() == null || !catalog.districts().contains(s.district())) {
      problems.add(
          problem(
              "tidtam.catalog.school.district",
              item(SCHOOL, s.code()),
              "district",
              String.valueOf(s.district())));
    }
  }

  private void check(PolicyItem p) {
    Message what = item(POLICY, p.code());
    if (p.kind() == null || !p.kind().policyLevel()) {
      problems.add(problem("tidtam.catalog.policy.kind", what, "kind", p.kind()));
    }
    year(what, p.fiscalYear());
    titled(what, p.title());
  }

  private void check(Strategy s) {
    Message what = item(STRATEGY, s.code());
    year(what, s.fiscalYear());
    titled(what, s.title());
  }

  private void check(Indicator i) {
    Message what = item(INDICATOR, i.code());
    year(what, i.fiscalYear());
    titled(what, i.title());
    catalog
        .strategy(i.strategyCode())
        .ifPresentOrElse(
            s -> {
              if (s.fiscalYear() != i.fiscalYear()) {
                problems.add(
                    problem(
                        "tidtam.catalog.indicator.strategyYear",
                        what,
                        "strategy",
                        s.code(),
                        "year",
                        s.fiscalYear()));
              }
            },
            () ->
                problems.add(
                    problem(
                        "tidtam.catalog.indicator.strategy",
                        what,
                        "code",
                        String.valueOf(i.strategyCode()))));
    if (catalog.group(i.ownerGroup()).isEmpty()) {
      problems.add(
          problem("tidtam.catalog.indicator.group", what, "code", String.valueOf(i.ownerGroup())));
    }
    if (i.target() == null && blank(i.targetNote())) {
      problems.add(problem("tidtam.catalog.indicator.target", what));
    }
    if (blank(i.unit())) {
      problems.add(problem("tidtam.catalog.indicator.unit", what));
    }
    if (i.direction() == null) {
      problems.add(problem("tidtam.catalog.indicator.direction", what));
    }
  }

  private void titled(Message what, @Nullable LocalizedText title) {
    if (title == null || title.th().isBlank()) {
      problems.add(problem("tidtam.catalog.title.missing", what));
    }
  }

  private void year(Message what, int fiscalYear) {
    if (!catalog.fiscalYears().contains(fiscalYear)) {
      problems.add(problem("tidtam.catalog.fiscalYear.unknown", what, "year", fiscalYear));
    }
  }

  private <T> void unique(Message kind, List<T> items, Function<T, @Nullable String> code) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String c = code.apply(item);
      if (blank(c)) {
        problems.add(Message.of("tidtam.catalog.code.missing", "kind", kind));
      } else if (!seen.add(c)) {
        problems.add(Message.of("tidtam.catalog.code.duplicate", "kind", kind, "code", c));
      }
    }
  }

  /** An item of the catalog as a problem names it, e.g. "indicator 1.2". */
  private static Message item(Message kind, @Nullable String code) {
    return Message.of("tidtam.catalog.item", "kind", kind, "code", String.valueOf(code));
  }

  /** A problem of one item, with more arguments given as name, value, name, value… */
  private static Message problem(String key, Message item, Object... more) {
    return Message.of(key, more).with("item", item);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
