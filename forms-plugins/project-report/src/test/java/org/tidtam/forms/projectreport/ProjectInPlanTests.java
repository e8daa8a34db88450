package org.tidtam.forms.projectreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Project;
import org.tidtam.form.FormContext;
import org.tidtam.i18n.Lang;
import org.tidtam.testkit.Records;
import org.tidtam.validation.Severity;
import org.tidtam.validation.Violation;

class ProjectInPlanTests {

  static FormContext withPlan(Project... projects) {
    Catalog demo = Catalog.demoCatalog();
    return FormContext.of(
        new Catalog(
            demo.office(),
            demo.demo(),
            demo.fiscalYears(),
            demo.groups(),
            demo.schools(),
            demo.districts(),
            demo.policies(),
            demo.strategies(),
            demo.indicators(),
            List.of(projects)));
  }

  static final Project P03 =
      new Project("KBI-2569-P03", 2569, "โครงการขับเคลื่อนการอ่านออกเขียนได้", "SUPERVISION", null);
  static final Project P01 =
      new Project("KBI-2569-P01", 2569, "โครงการหนึ่ง", "PLAN", new BigDecimal("60000"));

  @Test
  void aProjectOfTheYearsPlanPasses() {
    assertThat(Forms72.PLUGIN.crossChecks(Forms72.sample(), withPlan(P01, P03))).isEmpty();
  }

  @Test
  void aCodeThePlanDoesNotHoldIsAWarningAtTheCode() {
    ProjectReport form = Records.with(Forms72.sample(), "projectCode", "KBI-2569-P99");

    List<Violation> found = Forms72.PLUGIN.crossChecks(form, withPlan(P01, P03));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("projectCode");
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.message().in(Lang.TH))
                  .isEqualTo(
                      "รหัสโครงการ KBI-2569-P99 ไม่อยู่ในแผนปฏิบัติการปีงบประมาณ 2569"
                          + " (รหัสในแผน: KBI-2569-P01, KBI-2569-P03)");
            });
  }

  @Test
  void saysNothingWhenTheYearHasNoPlannedProjects() {
    ProjectReport form = Records.with(Forms72.sample(), "projectCode", "KBI-2569-P99");
    Project nextYear = new Project("KBI-2570-P01", 2570, "โครงการปีหน้า", "PLAN", null);

    assertThat(Forms72.PLUGIN.crossChecks(form, withPlan(nextYear))).isEmpty();
    assertThat(Forms72.PLUGIN.crossChecks(form, FormContext.of(Catalog.demoCatalog()))).isEmpty();
  }
}
