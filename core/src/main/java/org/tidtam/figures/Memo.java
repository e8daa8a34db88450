package org.tidtam.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Office;
import org.tidtam.figures.DashboardFigures.Budget;
import org.tidtam.figures.DashboardFigures.FormCompleteness;
import org.tidtam.figures.DashboardFigures.IndicatorLine;
import org.tidtam.figures.DashboardFigures.MissingUnit;
import org.tidtam.i18n.Lang;
import org.tidtam.i18n.Message;
import org.tidtam.thai.ThaiDates;
import org.tidtam.thai.ThaiNumbers;

/**
 * The memo to the director (บันทึกข้อความเสนอผู้บริหาร) summarising a round in the Thai government
 * memo form (DOMAIN §8): the head (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน), the paragraphs with the
 * completeness of the reports, the indicators achieved and the budget disbursed, the issues that
 * need a decision (the units that have not reported and the indicators below target), the proposals
 * and the signer's position. The template {@code memo-director.docx} lays it out; every sentence is
 * made here, so the template holds no arithmetic.
 *
 * @param reference the memo's number (ที่), left as a dotted line for the registry to fill
 * @param date the memo's date, printed in the Buddhist era
 * @param issues the issues, each a sentence; empty when there is none
 */
public record Memo(
    String agency,
    String reference,
    LocalDate date,
    String subject,
    String addressee,
    String opening,
    String completeness,
    String indicators,
    String budget,
    List<String> issues,
    List<String> proposals,
    String closing,
    String signerPosition) {

  /** Units or indicators named in one issue at most; the rest are counted. */
  static final int NAMED = 5;

  public Memo {
    Objects.requireNonNull(date, "date");
    issues = List.copyOf(issues);
    proposals = List.copyOf(proposals);
  }

  /** Whether there is an issue to decide on. */
  public boolean hasIssues() {
    return !issues.isEmpty();
  }

  /**
   * The memo of a round's figures, written by the policy and planning group, dated {@code date}.
   */
  public static Memo of(DashboardFigures f, Catalog catalog, LocalDate date) {
    Office office = catalog.office();
    String officeName = office.name().th();
    String year = String.valueOf(f.filter().fiscalYear());
    String round = f.filter().round().label().th();

    FormCompleteness total = f.totalCompleteness();
    List<String> perForm = new ArrayList<>();
    for (FormCompleteness c : f.completeness()) {
      perForm.add(
          th(
              "tidtam.memo.perForm",
              "form",
              FigureTables.form(c.formId()).th(),
              "submitted",
              n(c.submitted()),
              "expected",
              n(c.expected())));
    }
    String completeness =
        th(
                "tidtam.memo.completeness",
                "expected",
                n(total.expected()),
                "submitted",
                n(total.submitted()),
                "completePct",
                pct(total.completenessPct()),
                "onTime",
                n(total.onTime()),
                "onTimePct",
                pct(total.timelinessPct()),
                "missing",
                n(total.missing()))
            + (perForm.isEmpty() ? "" : " (" + String.join(" ", perForm) + ")");

    int all = f.indicators().size();
    int achieved = f.indicatorsAchieved();
    int notAchieved = f.indicatorsNotAchieved().size();
    String indicators =
        th(
            "tidtam.memo.indicators",
            "achieved",
            n(achieved),
            "all",
            n(all),
            "pct",
            pct(DashboardFigures.pct(achieved, all)),
            "notAchieved",
            n(notAchieved),
            "notReported",
            n(all - achieved - notAchieved));

    Budget budget = f.totalBudget();
    String money =
        th(
            "tidtam.memo.budget",
            "projects",
            n(budget.projects()),
            "allocated",
            baht(budget.allocated()),
            "spent",
            baht(budget.spent()),
            "pct",
            pct(budget.disbursedPct()),
            "remaining",
            baht(budget.remaining()));

    List<String> issues = new ArrayList<>();
    List<String> proposals = new ArrayList<>();
    if (!f.missing().isEmpty()) {
      issues.add(
          th(
              "tidtam.memo.issue.missing",
              "count",
              n(f.missing().size()),
              "names",
              named(
                  f.missing().stream().map(MissingUnit::unit).map(u -> u.th()).toList(),
                  f.missing().stream().map(m -> FigureTables.form(m.formId()).th()).toList())));
      proposals.add(th("tidtam.memo.proposal.missing"));
    }
    if (notAchieved > 0) {
      List<IndicatorLine> below = f.indicatorsNotAchieved();
      issues.add(
          th(
              "tidtam.memo.issue.below",
              "count",
              n(notAchieved),
              "names",
              named(
                  below.stream().map(i -> i.indicator().title().th()).toList(),
                  below.stream()
                      .map(
                          i ->
                              th(
                                  "tidtam.memo.issue.belowNote",
                                  "target",
                                  Objects.requireNonNullElse(i.targetText(), "–"),
                                  "result",
                                  FigureTable.text(i.result(), Lang.TH)))
                      .toList())));
      proposals.add(th("tidtam.memo.proposal.below"));
    }
    proposals.add(th("tidtam.memo.proposal.inform"));

    String opening =
        th(
            "tidtam.memo.opening",
            "office",
            officeName,
            "year",
            year,
            "round",
            round,
            "scope",
            scope(f, catalog),
            "date",
            ThaiDates.longDate(date));
    return new Memo(
        th("tidtam.memo.agency", "office", officeName),
        "................................",
        date,
        th("tidtam.memo.subject", "year", year, "round", round),
        th("tidtam.memo.addressee", "office", officeName),
        opening,
        completeness,
        indicators,
        money,
        issues,
        proposals,
        th("tidtam.memo.closing"),
        th("tidtam.memo.signer"));
  }

  /** A sentence of the memo from the Thai bundle. */
  private static String th(String key, Object... namesAndValues) {
    return Message.of(key, namesAndValues).in(Lang.TH);
  }

  /** " (อำเภอ…, กลุ่ม…)" when the figures are of one district or group; empty otherwise. */
  private static String scope(DashboardFigures f, Catalog catalog) {
    List<String> parts = new ArrayList<>();
    if (f.filter().district() != null) {
      parts.add(th("tidtam.memo.district", "district", f.filter().district()));
    }
    if (f.filter().groupCode() != null) {
      parts.add(
          catalog
              .group(f.filter().groupCode())
              .map(g -> g.name().th())
              .orElse(f.filter().groupCode()));
    }
    return parts.isEmpty() ? "" : " " + th("tidtam.memo.only", "parts", String.join(" ", parts));
  }

  /** "ก (x) ข (y) และอีก n รายการ": the first few names with their note. */
  private static String named(List<String> names, List<String> notes) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < names.size() && i < NAMED; i++) {
      shown.add(names.get(i) + " (" + notes.get(i) + ")");
    }
    String more =
        names.size() > NAMED ? " " + th("tidtam.memo.more", "count", n(names.size() - NAMED)) : "";
    return String.join(" ", shown) + more;
  }

  private static String n(int value) {
    return ThaiNumbers.integer(value);
  }

  private static String pct(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
    return FigureTable.text(value, Lang.TH);
  }

  private static String baht(java.math.BigDecimal value) {
    return ThaiNumbers.decimal(value, 2);
  }
}
