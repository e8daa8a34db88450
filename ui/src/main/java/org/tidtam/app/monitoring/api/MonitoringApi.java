package org.tidtam.app.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tidtam.app.monitoring.service.FollowUpService;
import org.tidtam.app.monitoring.service.MonitoringException;
import org.tidtam.app.security.service.CurrentActor;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.i18n.Message;
import org.tidtam.monitoring.Contact;
import org.tidtam.monitoring.Counts;
import org.tidtam.monitoring.FollowUpReport;
import org.tidtam.monitoring.ReportStatus;
import org.tidtam.monitoring.ReportingUnit;
import org.tidtam.monitoring.RoundCodes;
import org.tidtam.monitoring.UnitKind;
import org.tidtam.thai.Round;

/** The follow-up of a round as JSON, for planners, executives and administrators. */
@RestController
@RequestMapping(path = "/api/monitoring", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "monitoring", description = "การติดตามและเร่งรัดการรายงาน / follow-up of the reports")
class MonitoringApi {

  /** The follow-up of one round. */
  record FollowUpBody(
      int fiscalYear,
      String round,
      LocalizedText roundLabel,
      Window window,
      LocalDate asOf,
      Figures totals,
      List<FormRow> forms,
      List<UnitRow> units,
      List<MissingRow> missing) {}

  record Window(LocalDate opens, LocalDate due, LocalDate closes) {}

  /**
   * Figures: {@code submitted} counts submitted and approved reports, {@code returned} those sent
   * back and not yet submitted again, {@code missing} = expected - submitted, {@code late} those
   * submitted after the due day or still missing after it.
   */
  record Figures(int expected, int submitted, int approved, int returned, int late, int missing) {
    static Figures of(Counts c) {
      return new Figures(
          c.expected(), c.submitted(), c.approved(), c.returned(), c.late(), c.missing());
    }
  }

  record FormRow(
      String form,
      int expected,
      int submitted,
      int approved,
      int returned,
      int late,
      int missing) {}

  /** One expected report: status null when never started. */
  record UnitRow(
      UnitKind kind,
      String code,
      LocalizedText name,
      String filingUnit,
      String form,
      @Nullable ReportStatus status,
      @Nullable LocalDate submittedOn,
      int expected,
      int submitted,
      int approved,
      int returned,
      int late) {}

  /** An expected report not submitted, with whom to call when known. */
  record MissingRow(
      UnitKind kind,
      String code,
      LocalizedText name,
      String filingUnit,
      String form,
      @Nullable ReportStatus status,
      boolean late,
      @Nullable Contact contact) {}

  private final FollowUpService followUps;
  private final CurrentActor actors;

  MonitoringApi(FollowUpService followUps, CurrentActor actors) {
    this.followUps = followUps;
    this.actors = actors;
  }

  @GetMapping("/{fiscalYear}/{round}")
  @Operation(
      summary = "ผลการติดตามการส่งรายงานของรอบ / the follow-up of a round",
      description =
          "Per form and per unit: expected, submitted (submitted or approved), approved, returned,"
              + " late (submitted after the due day, or still missing after it) and missing; and"
              + " the units that have not submitted with their contact person. Planners,"
              + " executives and administrators only.")
  @ApiResponse(responseCode = "200", description = "the follow-up")
  @ApiResponse(responseCode = "400", description = "a round or fiscal year that does not read")
  @ApiResponse(responseCode = "403", description = "reporting staff of a school or group")
  @ApiResponse(responseCode = "404", description = "no plan for the year, or no such round in it")
  FollowUpBody followUp(
      @Parameter(description = "B.E. fiscal year, e.g. 2569") @PathVariable String fiscalYear,
      @Parameter(description = "6m, 9m, 12m, q1..q4") @PathVariable String round) {
    int year = fiscalYear(fiscalYear);
    Round parsed =
        RoundCodes.parse(round)
            .orElseThrow(
                () ->
                    new MonitoringException.Malformed(
                        Message.of("tidtam.app.monitoring.badRound", "round", round)));
    return body(followUps.followUp(actors.get(), year, parsed));
  }

  static int fiscalYear(String text) {
    try {
      int year = Integer.parseInt(text.strip());
      if (year > 2400 && year < 3000) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new MonitoringException.Malformed(
        Message.of("tidtam.app.monitoring.badYear", "year", text));
  }

  static FollowUpBody body(FollowUpReport report) {
    return new FollowUpBody(
        report.fiscalYear(),
        RoundCodes.code(report.round()),
        report.round().label(),
        new Window(report.window().opens(), report.window().due(), report.window().closes()),
        report.asOf(),
        Figures.of(report.totals()),
        report.forms().stream()
            .map(
                f -> {
                  Counts c = f.counts();
                  return new FormRow(
                      f.formId(),
                      c.expected(),
                      c.submitted(),
                      c.approved(),
                      c.returned(),
                      c.late(),
                      c.missing());
                })
            .toList(),
        report.units().stream()
            .map(
                u -> {
                  ReportingUnit unit = u.unit();
                  Counts c = u.counts();
                  return new UnitRow(
                      unit.kind(),
                      unit.code(),
                      unit.name(),
                      unit.filingUnit(),
                      u.formId(),
                      u.status(),
                      u.submittedOn(),
                      c.expected(),
                      c.submitted(),
                      c.approved(),
                      c.returned(),
                      c.late());
                })
            .toList(),
        report.missing().stream()
            .map(
                m ->
                    new MissingRow(
                        m.unit().kind(),
                        m.unit().code(),
                        m.unit().name(),
                        m.unit().filingUnit(),
                        m.formId(),
                        m.status(),
                        m.late(),
                        m.contact()))
            .toList());
  }
}
