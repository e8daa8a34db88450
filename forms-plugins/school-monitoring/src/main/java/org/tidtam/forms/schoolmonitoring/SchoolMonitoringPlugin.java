package org.tidtam.forms.schoolmonitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.PolicyItem;
import org.tidtam.catalog.ReferenceKind;
import org.tidtam.catalog.School;
import org.tidtam.form.Fact;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormId;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.PrefillRequest;
import org.tidtam.form.SchemaMigration;
import org.tidtam.form.SchoolFact;
import org.tidtam.thai.Round;

/** Form 7.3: the school monitoring and report form, registered with the host by ServiceLoader. */
public final class SchoolMonitoringPlugin implements FormPlugin<SchoolMonitoring> {
  private static final FormId ID = FormId.of("7.3");

  @Override
  public FormId id() {
    return ID;
  }

  @Override
  public Class<SchoolMonitoring> formType() {
    return SchoolMonitoring.class;
  }

  @Override
  public int schemaVersion() {
    return 2;
  }

  /** Version 1 to 2: see {@link SchoolMonitoringMigrations}. */
  @Override
  public List<SchemaMigration> migrations() {
    return SchoolMonitoringMigrations.STEPS;
  }

  @Override
  public String templateName() {
    return "7.3-school-monitoring.docx";
  }

  @Override
  public Optional<Filing> filing(SchoolMonitoring form) {
    return Filing.of(form.fiscalYear(), form.round(), form.schoolCode());
  }

  @Override
  public Set<Class<? extends Fact>> factKinds() {
    return Set.of(SchoolFact.class);
  }

  /**
   * The school as the dashboard and the annual report aggregate it: its district, its size in the
   * four OBEC classes (absent in the seven-size scheme), its students, the means of both RT skills
   * and both NT areas, and its awards with their levels (not who received them).
   */
  @Override
  public List<Fact> facts(SchoolMonitoring form, Filing filing) {
    SizeClass size = form.size();
    String district = form.district() == null || form.district().isBlank() ? null : form.district();
    return List.of(
        new SchoolFact(
            filing,
            district,
            size == null ? null : size.catalogSize(),
            form.totalStudents(),
            form.rt() == null ? null : form.rt().total(),
            form.nt() == null ? null : form.nt().total(),
            form.awards().size(),
            form.awards().stream()
                .filter(a -> a.name() != null && !a.name().isBlank())
                .map(
                    a ->
                        new SchoolFact.Award(
                            a.name().strip(),
                            a.level() == null
                                ? null
                                : SchoolFact.AwardLevel.valueOf(a.level().name())))
                .toList()));
  }

  @Override
  public String sampleResource() {
    return "sample-7.3.json";
  }

  /**
   * A draft for the school whose code is the request's unit; see {@link #prefill(int, Round,
   * String, Catalog)}.
   */
  @Override
  public Optional<SchoolMonitoring> prefill(PrefillRequest request, FormContext context) {
    return prefill(request.fiscalYear(), request.round(), request.unitCode(), context.catalog());
  }

  /** The demo report of a school of the catalog; see {@link SchoolDemo}. */
  @Override
  public List<SchoolMonitoring> demo(
      SchoolMonitoring sample, Filing filing, FormContext context, RandomGenerator random) {
    return SchoolDemo.of(sample, filing, context, random);
  }

  /**
   * A draft for one school and round with what the office already knows: the school's code, name
   * (without "โรงเรียน"), district and DMC student count from the catalog, the four-size scheme,
   * and one unanswered row per OBEC policy item of the fiscal year, in the catalog's order. Empty
   * when the catalog has no school with that code.
   */
  public static Optional<SchoolMonitoring> prefill(
      int fiscalYear, Round round, String schoolCode, Catalog catalog) {
    return catalog.school(schoolCode).map(school -> draft(fiscalYear, round, school, catalog));
  }

  private static SchoolMonitoring draft(
      int fiscalYear, Round round, School school, Catalog catalog) {
    List<PolicyResult> policies =
        catalog.policies().stream()
            .filter(p -> p.kind() == ReferenceKind.OBEC_POLICY && p.fiscalYear() == fiscalYear)
            .sorted(Comparator.comparingInt(PolicyItem::number))
            .map(p -> PolicyResult.open(p.code(), p.number(), p.title().th()))
            .toList();
    return new SchoolMonitoring(
        fiscalYear,
        round,
        school.code(),
        SchoolNames.stored(school.name()),
        school.district(),
        null,
        null,
        List.of(),
        List.of(),
        SizeScheme.OBEC_4,
        null,
        null,
        school.students(),
        List.of(),
        null,
        policies,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        false,
        List.of(),
        false,
        List.of(),
        null,
        null,
        null);
  }
}
