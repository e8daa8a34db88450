package org.tidtam.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Office;
import org.tidtam.catalog.OrgGroup;
import org.tidtam.catalog.School;
import org.tidtam.i18n.LocalizedText;
import org.tidtam.thai.Round;

/**
 * The small fixed data set of the monitoring tests: three schools, two groups, three projects (two
 * of group G1, one of G2), and a plan of 2569 with the 6- and 12-month rounds, each owing 7.3 per
 * school, 7.1 per group and 7.2 per project.
 */
final class Plans {

  private Plans() {}

  static final LocalDate OPENS_6M = LocalDate.of(2026, 3, 15);
  static final LocalDate DUE_6M = LocalDate.of(2026, 4, 10);
  static final LocalDate CLOSES_6M = LocalDate.of(2026, 4, 30);

  static Catalog catalog() {
    LocalizedText office = LocalizedText.of("สพป.ทดสอบ", "Test office");
    return new Catalog(
        new Office("ทส", office, office, "กระบี่"),
        true,
        List.of(2569),
        List.of(
            new OrgGroup("G1", LocalizedText.of("กลุ่มหนึ่ง", "Group one")),
            new OrgGroup("G2", LocalizedText.of("กลุ่มสอง", "Group two"))),
        List.of(
            new School("S1", "โรงเรียนหนึ่ง", "เมือง", null, null),
            new School("S2", "โรงเรียนสอง", "เมือง", null, null),
            new School("S3", "โรงเรียนสาม", "เมือง", null, null)),
        List.of("เมือง"),
        List.of(),
        List.of(),
        List.of());
  }

  static MonitoringPlan plan() {
    Map<UnitKind, String> forms =
        Map.of(UnitKind.SCHOOL, "7.3", UnitKind.GROUP, "7.1", UnitKind.PROJECT, "7.2");
    return new MonitoringPlan(
        2569,
        List.of(
            new RoundPlan(Round.ROUND_6M, new ReportingWindow(OPENS_6M, DUE_6M, CLOSES_6M), forms),
            new RoundPlan(
                Round.ROUND_12M,
                new ReportingWindow(
                    LocalDate.of(2026, 9, 15),
                    LocalDate.of(2026, 10, 10),
                    LocalDate.of(2026, 10, 31)),
                forms)),
        List.of(
            new PlannedProject("P1", "โครงการหนึ่ง", "G1"),
            new PlannedProject("P2", "โครงการสอง", "G1"),
            new PlannedProject("P3", "โครงการสาม", "G2")),
        List.of());
  }
}
