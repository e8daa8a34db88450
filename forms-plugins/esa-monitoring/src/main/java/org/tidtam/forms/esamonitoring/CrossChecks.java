package org.tidtam.forms.esamonitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.catalog.Indicator;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.IndicatorFact;
import org.tidtam.thai.Baht;
import org.tidtam.thai.Round;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

/**
 * The warnings of form 7.1 that need more than the submission (DOMAIN §3.2): every indicator the
 * plan assigns to the group is reported exactly once; the budget stored with a row matches the
 * group's 7.2 reports; a result agrees with the result the group's 7.2 reports state for the same
 * indicator in the same round; a 12-month result is not below the group's 6-month one. Warnings
 * only, because the other submissions may be the ones to correct.
 */
final class CrossChecks {

  /** Form 7.2, whose reports state the results of the indicators their projects serve. */
  static final FormId PROJECT_REPORT = FormId.of("7.2");

  private final List<Violation> out = new ArrayList<>();

  private CrossChecks() {}

  static List<Violation> check(
      FormPlugin<EsaMonitoring> plugin, EsaMonitoring form, FormContext context) {
    CrossChecks c = new CrossChecks();
    if (form.round() == null
        || form.reportingGroup() == null
        || form.reportingGroup().isBlank()
        || OfficeMonitoring.isOffice(context.catalog(), form.reportingGroup())) {
      // the office's own report is made from the groups' reports, which are checked themselves
      return List.of();
    }
    c.coverage(form, context.catalog());
    c.budgets(
        form, ProjectReports.of(context, form.fiscalYear(), form.round(), form.reportingGroup()));
    c.projectResults(
        form,
        context.indicatorResults(form.fiscalYear(), form.round(), form.reportingGroup()).stream()
            .filter(f -> f.from(PROJECT_REPORT))
            .toList());
    if (form.round() == Round.ROUND_12M) {
      c.cumulative(form, sixMonthResults(form, context));
    }
    return List.copyOf(c.out);
  }

  private void coverage(EsaMonitoring form, Catalog catalog) {
    List<Indicator> owned =
        Drafts.ownedIndicators(catalog, form.fiscalYear(), form.reportingGroup());
    List<IndicatorResult> rows = form.results();
    Map<String, Integer> firstRow = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i).indicatorCode();
      if (code == null || code.isBlank()) {
        continue;
      }
      Integer first = firstRow.putIfAbsent(code, i);
      String path = "results[" + i + "].indicatorCode";
      if (first != null) {
        warn(path, CrossCheckMessage.INDICATOR_DUPLICATE, Map.of("code", code, "first", first + 1));
      } else if (owned.stream().noneMatch(o -> o.code().equals(code))) {
        warn(
            path,
            CrossCheckMessage.INDICATOR_NOT_OWNED,
            Map.of("code", code, "fiscalYear", form.fiscalYear()));
      }
    }
    for (Indicator o : owned) {
      if (!firstRow.containsKey(o.code())) {
        warn(
            "results",
            CrossCheckMessage.INDICATOR_MISSING,
            Map.of("code", o.code(), "title", o.title()));
      }
    }
  }

  private void budgets(EsaMonitoring form, ProjectReports reports) {
    if (reports.summaries().isEmpty()) {
      return;
    }
    List<IndicatorResult> rows = form.results();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorResult r = rows.get(i);
      List<String> codes = r.projectCodes();
      for (int j = 0; j < codes.size(); j++) {
        String code = codes.get(j);
        if (!Checks.blank(code) && reports.summary(code).isEmpty()) {
          warn(
              "results[" + i + "].projectCodes[" + j + "]",
              CrossCheckMessage.PROJECT_NOT_FOUND,
              Map.of("code", code));
        }
      }
      BigDecimal allocated = reports.sum(r.givenProjectCodes(), false);
      BigDecimal spent = reports.sum(r.givenProjectCodes(), true);
      mismatch(
          i,
          "budgetAllocated",
          r.budgetAllocated(),
          allocated,
          CrossCheckMessage.ALLOCATED_MISMATCH);
      mismatch(i, "budgetSpent", r.budgetSpent(), spent, CrossCheckMessage.SPENT_MISMATCH);
    }
  }

  private void mismatch(
      int row,
      String column,
      @Nullable BigDecimal stored,
      @Nullable BigDecimal linked,
      CrossCheckMessage message) {
    // compareTo, not equals: 150000 and 150000.00 are the same amount
    if (stored == null || linked == null || stored.compareTo(linked) == 0) {
      return;
    }
    warn(
        "results[" + row + "]." + column,
        message,
        Map.of("stored", Baht.format(stored), "linked", Baht.format(linked)));
  }

  private void cumulative(EsaMonitoring form, Map<String, BigDecimal> sixResults) {
    List<IndicatorResult> rows = form.results();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorResult r = rows.get(i);
      BigDecimal before = sixResults.get(r.indicatorCode());
      BigDecimal now = r.resultValue();
      if (before == null || now == null || r.direction() == Direction.LOWER_IS_BETTER) {
        continue;
      }
      if (now.compareTo(before) < 0) {
        warn(
            "results[" + i + "].measure.result",
            CrossCheckMessage.BELOW_6M,
            Map.of("result", now.toPlainString(), "result6m", before.toPlainString()));
      }
    }
  }

  /** A result that differs from the one a 7.2 report of the group states for the indicator. */
  private void projectResults(EsaMonitoring form, List<IndicatorFact> projectFacts) {
    List<IndicatorResult> rows = form.results();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorResult r = rows.get(i);
      BigDecimal now = r.resultValue();
      if (now == null || Checks.blank(r.indicatorCode())) {
        continue;
      }
      List<String> others =
          projectFacts.stream()
              .filter(f -> f.indicatorCode().equals(r.indicatorCode()) && f.result() != null)
              .map(IndicatorFact::result)
              .filter(other -> other.compareTo(now) != 0)
              .map(other -> other.stripTrailingZeros().toPlainString())
              .distinct()
              .toList();
      if (!others.isEmpty()) {
        warn(
            "results[" + i + "].measure.result",
            CrossCheckMessage.PROJECT_RESULT_DIFFERS,
            Map.of(
                "code",
                r.indicatorCode(),
                "result",
                now.stripTrailingZeros().toPlainString(),
                "result72",
                String.join(", ", others)));
      }
    }
  }

  /** The results of the group's 6-month report by indicator code. */
  private static Map<String, BigDecimal> sixMonthResults(
      EsaMonitoring twelve, FormContext context) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (IndicatorFact f :
        context.indicatorResults(twelve.fiscalYear(), Round.ROUND_6M, twelve.reportingGroup())) {
      if (f.result() != null && !f.from(PROJECT_REPORT)) {
        out.putIfAbsent(f.indicatorCode(), f.result());
      }
    }
    return out;
  }

  private void warn(String path, CrossCheckMessage message, Map<String, ?> params) {
    out.add(new Violation(path, message.key(), params, Severity.WARNING));
  }
}
