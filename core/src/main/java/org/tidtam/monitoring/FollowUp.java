package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tidtam.catalog.Catalog;
import org.tidtam.thai.Round;

/**
 * The follow-up of a round: which of the expected reports have been submitted, approved, returned,
 * and which are late, as of a day.
 *
 * <ul>
 *   <li>A report is <em>submitted</em> when its status is submitted or approved; a returned report
 *       counts as returned, not as submitted, until it is submitted again.
 *   <li>It is <em>late</em> when it was submitted after the due day, or when it is still not
 *       submitted and the day of the follow-up is after the due day.
 *   <li>A school's or group's report is matched by form and unit; a project's by form, responsible
 *       group and project code. When a unit has several submissions of the same form in a round,
 *       the one furthest along counts (approved, then submitted, returned, draft); among equals the
 *       one submitted first.
 * </ul>
 */
public final class FollowUp {

  private FollowUp() {}

  /**
   * The follow-up of a round of the plan.
   *
   * @param facts the submissions of the plan's fiscal year (others are ignored)
   * @param contacts the contact person of a unit by its code (a school, group or project code; a
   *     project without one falls back to its group's)
   * @throws IllegalArgumentException when the round is not in the plan
   */
  public static FollowUpReport of(
      MonitoringPlan plan,
      Catalog catalog,
      Round round,
      List<SubmissionFact> facts,
      Function<String, Optional<Contact>> contacts,
      LocalDate asOf) {
    RoundPlan roundPlan =
        plan.round(round)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "round " + round + " is not in the plan of " + plan.fiscalYear()));
    ReportingWindow window = roundPlan.window();

    Map<Key, SubmissionFact> byUnit = new HashMap<>();
    Map<Key, SubmissionFact> byProject = new HashMap<>();
    for (SubmissionFact fact : facts) {
      if (fact.fiscalYear() != plan.fiscalYear() || fact.round() != round) {
        continue;
      }
      byUnit.merge(new Key(fact.formId(), fact.unitCode(), null), fact, FollowUp::furthest);
      if (fact.projectCode() != null) {
        byProject.merge(
            new Key(fact.formId(), fact.unitCode(), fact.projectCode()), fact, FollowUp::furthest);
      }
    }

    boolean overdue = window.isLateOn(asOf);
    Counts totals = Counts.ZERO;
    Map<String, Counts> perForm = new TreeMap<>();
    List<FollowUpReport.UnitFigures> units = new ArrayList<>();
    List<FollowUpReport.MissingReport> missing = new ArrayList<>();
    for (ExpectedSubmission expected : plan.expected(catalog, round)) {
      ReportingUnit unit = expected.unit();
      SubmissionFact fact =
          unit.kind() == UnitKind.PROJECT
              ? byProject.get(new Key(expected.formId(), unit.filingUnit(), unit.code()))
              : byUnit.get(new Key(expected.formId(), unit.filingUnit(), null));
      ReportStatus status = fact == null ? null : fact.status();
      boolean delivered = status != null && status.delivered();
      LocalDate submittedOn = fact == null ? null : fact.submittedOn();
      boolean late = delivered ? submittedOn != null && window.isLateOn(submittedOn) : overdue;
      Counts counts =
          new Counts(
              1,
              delivered ? 1 : 0,
              status == ReportStatus.APPROVED ? 1 : 0,
              status == ReportStatus.RETURNED ? 1 : 0,
              late ? 1 : 0);
      totals = totals.plus(counts);
      perForm.merge(expected.formId(), counts, Counts::plus);
      units.add(
          new FollowUpReport.UnitFigures(
              unit, expected.formId(), status, delivered ? submittedOn : null, counts));
      if (!delivered) {
        missing.add(
            new FollowUpReport.MissingReport(
                unit, expected.formId(), status, late, contactOf(unit, contacts)));
      }
    }
    List<FollowUpReport.FormFigures> forms = new ArrayList<>();
    perForm.forEach((form, counts) -> forms.add(new FollowUpReport.FormFigures(form, counts)));
    return new FollowUpReport(
        plan.fiscalYear(), round, window, asOf, totals, forms, units, missing);
  }

  /** The follow-up of every round of the plan, in the plan's order. */
  public static List<FollowUpReport> ofYear(
      MonitoringPlan plan,
      Catalog catalog,
      List<SubmissionFact> facts,
      Function<String, Optional<Contact>> contacts,
      LocalDate asOf) {
    List<FollowUpReport> out = new ArrayList<>();
    for (RoundPlan round : plan.rounds()) {
      out.add(of(plan, catalog, round.round(), facts, contacts, asOf));
    }
    return out;
  }

  private static @Nullable Contact contactOf(
      ReportingUnit unit, Function<String, Optional<Contact>> contacts) {
    Optional<Contact> own = contacts.apply(unit.code());
    if (own.isEmpty() && !unit.filingUnit().equals(unit.code())) {
      own = contacts.apply(unit.filingUnit());
    }
    return own.orElse(null);
  }

  /** The submission further along in its review; among equals, the one submitted first. */
  private static SubmissionFact furthest(SubmissionFact a, SubmissionFact b) {
    int rank = Integer.compare(rank(a.status()), rank(b.status()));
    if (rank != 0) {
      return rank > 0 ? a : b;
    }
    LocalDate da = a.submittedOn();
    LocalDate db = b.submittedOn();
    if (da == null) {
      return db == null ? a : b;
    }
    return db != null && db.isBefore(da) ? b : a;
  }

  private static int rank(ReportStatus status) {
    return switch (status) {
      case APPROVED -> 3;
      case SUBMITTED -> 2;
      case RETURNED -> 1;
      case DRAFT -> 0;
    };
  }

  private record Key(String form, String unit, @Nullable String project) {
    Key {
      Objects.requireNonNull(form);
      Objects.requireNonNull(unit);
    }
  }
}
