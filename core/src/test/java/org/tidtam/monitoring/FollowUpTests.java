package org.tidtam.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tidtam.thai.Round;

/**
 * The follow-up of the fixed data set of {@link Plans}, against figures counted by hand. The
 * 6-month window opens 15 Mar 2026, is due 10 Apr 2026 and closes 30 Apr 2026.
 */
class FollowUpTests {

  private static final LocalDate AFTER_DUE = LocalDate.of(2026, 4, 20);

  /**
   * The submissions of the 6-month round, and three that must not count:
   *
   * <pre>
   * 7.3 S1  approved, submitted 1 Apr (on time); also a second, draft copy that the approved one wins
   * 7.3 S2  submitted 12 Apr (after the due day: late)
   * 7.3 S3  returned (not submitted; late once the due day has passed)
   * 7.1 G1  draft
   * 7.1 G2  nothing
   * 7.2 G1/P1 submitted on the due day, 10 Apr (on time)
   * 7.2 G1/P2 draft
   * 7.2 G2/P3 nothing
   * not counted: S1 in the 12-month round, S2 of fiscal year 2568, a 7.2 of G2 for project P9
   * which is not in the plan
   * </pre>
   */
  static List<SubmissionFact> facts() {
    return List.of(
        fact("7.3", "S1", null, ReportStatus.APPROVED, LocalDate.of(2026, 4, 1)),
        fact("7.3", "S1", null, ReportStatus.DRAFT, null),
        fact("7.3", "S2", null, ReportStatus.SUBMITTED, LocalDate.of(2026, 4, 12)),
        fact("7.3", "S3", null, ReportStatus.RETURNED, LocalDate.of(2026, 4, 5)),
        fact("7.1", "G1", null, ReportStatus.DRAFT, null),
        fact("7.2", "G1", "P1", ReportStatus.SUBMITTED, Plans.DUE_6M),
        fact("7.2", "G1", "P2", ReportStatus.DRAFT, null),
        new SubmissionFact(
            "7.3", 2569, Round.ROUND_12M, "S1", null, ReportStatus.SUBMITTED, AFTER_DUE),
        new SubmissionFact(
            "7.3", 2568, Round.ROUND_6M, "S2", null, ReportStatus.APPROVED, AFTER_DUE),
        fact("7.2", "G2", "P9", ReportStatus.APPROVED, Plans.DUE_6M));
  }

  /** S3 and group G1 have a contact person; G2 has none. */
  static Function<String, Optional<Contact>> contacts() {
    Map<String, Contact> known =
        Map.of(
            "S3", new Contact("นางสาวสมศรี ใจดี", "081-234-5678", null),
            "G1", new Contact("นายสมชาย รักงาน", "075-611-234", "g1@example.org"));
    return code -> Optional.ofNullable(known.get(code));
  }

  @Test
  void countsPerFormAgainstFiguresCountedByHand() {
    FollowUpReport report =
        FollowUp.of(Plans.plan(), Plans.catalog(), Round.ROUND_6M, facts(), contacts(), AFTER_DUE);

    // 7.1: 2 expected (G1, G2), none submitted, both late (not submitted after the due day)
    // 7.2: 3 expected (P1, P2, P3), P1 submitted on the due day (on time), P2 and P3 late
    // 7.3: 3 expected, S1 and S2 submitted, S1 approved, S3 returned; S2 (12 Apr) and S3 late
    assertThat(report.forms())
        .containsExactly(
            new FollowUpReport.FormFigures("7.1", new Counts(2, 0, 0, 0, 2)),
            new FollowUpReport.FormFigures("7.2", new Counts(3, 1, 0, 0, 2)),
            new FollowUpReport.FormFigures("7.3", new Counts(3, 2, 1, 1, 2)));
    // 8 expected, 3 submitted, 1 approved, 1 returned, 6 late; 5 missing
    assertThat(report.totals()).isEqualTo(new Counts(8, 3, 1, 1, 6));
    assertThat(report.totals().missing()).isEqualTo(5);
    assertThat(report.window().due()).isEqualTo(Plans.DUE_6M);
    assertThat(report.asOf()).isEqualTo(AFTER_DUE);
  }

  @Test
  void countsPerUnit() {
    FollowUpReport report =
        FollowUp.of(Plans.plan(), Plans.catalog(), Round.ROUND_6M, facts(), contacts(), AFTER_DUE);

    assertThat(report.units()).hasSize(8);
    FollowUpReport.UnitFigures s1 = unit(report, "S1");
    assertThat(s1.status()).isEqualTo(ReportStatus.APPROVED);
    assertThat(s1.submittedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(s1.counts()).isEqualTo(new Counts(1, 1, 1, 0, 0));
    assertThat(unit(report, "S2").counts()).isEqualTo(new Counts(1, 1, 0, 0, 1));
    assertThat(unit(report, "S3").counts()).isEqualTo(new Counts(1, 0, 0, 1, 1));
    assertThat(unit(report, "S3").submittedOn()).isNull();
    assertThat(unit(report, "G2").status()).isNull();
    assertThat(unit(report, "G2").counts()).isEqualTo(new Counts(1, 0, 0, 0, 1));
    assertThat(unit(report, "P1").counts()).isEqualTo(new Counts(1, 1, 0, 0, 0));
    assertThat(unit(report, "P2").status()).isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void listsWhoHasNotSubmittedWithWhomToCall() {
    FollowUpReport report =
        FollowUp.of(Plans.plan(), Plans.catalog(), Round.ROUND_6M, facts(), contacts(), AFTER_DUE);

    assertThat(report.missing())
        .extracting(m -> m.unit().code() + " " + m.formId() + " " + m.status() + " " + m.late())
        .containsExactly(
            "S3 7.3 RETURNED true",
            "G1 7.1 DRAFT true",
            "G2 7.1 null true",
            "P2 7.2 DRAFT true",
            "P3 7.2 null true");
    assertThat(missing(report, "S3").contact().phone()).isEqualTo("081-234-5678");
    assertThat(missing(report, "G1").contact().person()).isEqualTo("นายสมชาย รักงาน");
    assertThat(missing(report, "G2").contact()).isNull();
    // a project without a contact of its own: its group's (P2 is G1's; P3 is G2's, which has none)
    assertThat(missing(report, "P2").contact().person()).isEqualTo("นายสมชาย รักงาน");
    assertThat(missing(report, "P3").contact()).isNull();
  }

  @Test
  void nothingMissingIsLateUntilTheDueDayHasPassed() {
    List<SubmissionFact> onTime = facts().stream().filter(f -> !f.unitCode().equals("S2")).toList();

    FollowUpReport onDueDay =
        FollowUp.of(
            Plans.plan(), Plans.catalog(), Round.ROUND_6M, onTime, contacts(), Plans.DUE_6M);

    // without S2: 7 of 8 reports submitted or not, none late on the due day itself
    assertThat(onDueDay.totals()).isEqualTo(new Counts(8, 2, 1, 1, 0));
    assertThat(onDueDay.missing()).hasSize(6).noneMatch(FollowUpReport.MissingReport::late);
  }

  @Test
  void followsEveryRoundOfTheYear() {
    List<FollowUpReport> year =
        FollowUp.ofYear(Plans.plan(), Plans.catalog(), facts(), contacts(), AFTER_DUE);

    assertThat(year)
        .extracting(FollowUpReport::round)
        .containsExactly(Round.ROUND_6M, Round.ROUND_12M);
    // 12 months: only S1 has submitted (on 20 Apr, before the due day of 10 Oct); nothing is late
    assertThat(year.get(1).totals()).isEqualTo(new Counts(8, 1, 0, 0, 0));
    assertThatThrownBy(
            () ->
                FollowUp.of(
                    Plans.plan(), Plans.catalog(), Round.Q2, facts(), contacts(), AFTER_DUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SubmissionFact fact(
      String form,
      String unit,
      @Nullable String project,
      ReportStatus status,
      @Nullable LocalDate submittedOn) {
    return new SubmissionFact(form, 2569, Round.ROUND_6M, unit, project, status, submittedOn);
  }

  private static FollowUpReport.UnitFigures unit(FollowUpReport report, String code) {
    return report.units().stream()
        .filter(u -> u.unit().code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static FollowUpReport.MissingReport missing(FollowUpReport report, String code) {
    return report.missing().stream()
        .filter(m -> m.unit().code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
