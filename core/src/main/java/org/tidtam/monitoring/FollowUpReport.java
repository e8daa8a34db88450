package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.thai.Round;

/**
 * The follow-up (เร่งรัด) of one round as of a day: the figures overall, per form and per unit, and
 * who has not submitted with whom to call.
 */
public record FollowUpReport(
    int fiscalYear,
    Round round,
    ReportingWindow window,
    LocalDate asOf,
    Counts totals,
    List<FormFigures> forms,
    List<UnitFigures> units,
    List<MissingReport> missing) {

  public FollowUpReport {
    forms = List.copyOf(forms);
    units = List.copyOf(units);
    missing = List.copyOf(missing);
  }

  /** The figures of one form, in form order. */
  public record FormFigures(String formId, Counts counts) {}

  /**
   * One expected report: its unit, its status (null when never started), the day it was submitted,
   * and its figures (each 0 or 1).
   */
  public record UnitFigures(
      ReportingUnit unit,
      String formId,
      @Nullable ReportStatus status,
      @Nullable LocalDate submittedOn,
      Counts counts) {}

  /**
   * An expected report not submitted: never started (status null), a draft, or returned; whether it
   * is late; and the unit's contact person when known.
   */
  public record MissingReport(
      ReportingUnit unit,
      String formId,
      @Nullable ReportStatus status,
      boolean late,
      @Nullable Contact contact) {}
}
