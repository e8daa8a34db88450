package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.form.FormContext;
import org.tidtam.form.FormPlugin;
import org.tidtam.form.ProjectFact;
import org.tidtam.testkit.MessageBundles;
import org.tidtam.testkit.Records;

class EsaMonitoringPluginTests {
  private final EsaMonitoringPlugin plugin = new EsaMonitoringPlugin();

  @Test
  void theTitleIsTheLabelOfTheRecord() throws Exception {
    org.tidtam.form.Label label = EsaMonitoring.class.getAnnotation(org.tidtam.form.Label.class);

    assertThat(plugin.title()).isEqualTo(org.tidtam.i18n.LocalizedText.of(label.th(), label.en()));
    assertThat(EsaMonitoringPlugin.class.getMethod("title").getDeclaringClass())
        .as("the title is written once, on the record")
        .isEqualTo(org.tidtam.form.FormPlugin.class);
  }

  @Test
  void describesForm71() {
    assertThat(plugin.id().value()).isEqualTo("7.1");
    assertThat(plugin.title().th()).isEqualTo("แบบติดตามและรายงานผลของสำนักงานเขตพื้นที่การศึกษา");
    assertThat(plugin.schemaVersion()).isEqualTo(2);
    assertThat(plugin.templateName()).isEqualTo("7.1-esa-monitoring.docx");
    assertThat(plugin.sampleResource()).isEqualTo("sample-7.1.json");
    assertThat(plugin.formType()).isEqualTo(EsaMonitoring.class);
    assertThat(plugin.derivedType()).isEqualTo(EsaMonitoringDerived.class);
  }

  @Test
  void isFoundByServiceLoader() {
    assertThat(ServiceLoader.load(FormPlugin.class).stream().map(ServiceLoader.Provider::type))
        .contains(EsaMonitoringPlugin.class);
  }

  @Test
  void messageKeysAreTheFormsOwn() {
    assertThat(MessageBundles.keys(EsaMonitoringPlugin.class))
        .isNotEmpty()
        .allMatch(k -> k.startsWith("tidtam.form71."));
  }

  @Test
  void sampleRefersOnlyToCodesOfTheDemoCatalog() {
    Catalog demo = Catalog.demoCatalog();
    EsaMonitoring sample = Forms71.sample();

    assertThat(demo.group(sample.reportingGroup())).isPresent();
    assertThat(sample.results())
        .allSatisfy(
            r -> {
              assertThat(demo.indicator(r.indicatorCode())).isPresent();
              assertThat(demo.strategy(r.strategy())).isPresent();
              assertThat(demo.policy(r.obecPolicy())).isPresent();
              assertThat(r.focus()).allMatch(f -> demo.policy(f).isPresent());
            });
  }

  @Test
  void derivesTheGroupsProjectsWithTotals() {
    EsaMonitoringDerived d =
        plugin.derive(Forms71.sample(), Forms71.TestContext.demo(Forms71.supervisionProjects()));

    assertThat(d.projects())
        .extracting(ProjectFact::code)
        .containsExactly("KBI-2569-P03", "KBI-2569-P04", "KBI-2569-P05");
    assertThat(d.totalAllocated()).isEqualByComparingTo("315000.00");
    assertThat(d.totalSpent()).isEqualByComparingTo("281500.00");
    assertThat(d.totalRemaining()).isEqualByComparingTo("33500.00");
    assertThat(d.totalDisbursementPct()).isEqualByComparingTo("89.37");
  }

  @Test
  void derivesTheBudgetOfEachRowFromItsLinkedProjects() {
    EsaMonitoringDerived d =
        plugin.derive(Forms71.sample(), Forms71.TestContext.demo(Forms71.supervisionProjects()));

    ResultLine reading = d.results().get(2);
    assertThat(reading.allocated()).isEqualByComparingTo("195000.00");
    assertThat(reading.spent()).isEqualByComparingTo("185000.00");
    assertThat(reading.projects())
        .containsExactly(
            "KBI-2569-P03 โครงการขับเคลื่อนการอ่านออกเขียนได้",
            "KBI-2569-P05 โครงการพัฒนาระบบนิเทศภายในสถานศึกษา");
  }

  @Test
  void derivesCatalogTitlesAndRoundPeriods() {
    EsaMonitoringDerived d = plugin.derive(Forms71.sample(), FormContext.of(Catalog.demoCatalog()));

    assertThat(d.groupName()).isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(d.period6m()).isEqualTo("1 ตุลาคม 2568 – 31 มีนาคม 2569");
    assertThat(d.period12m()).isEqualTo("1 ตุลาคม 2568 – 30 กันยายน 2569");
    ResultLine first = d.results().getFirst();
    assertThat(first.strategy()).isEqualTo("2. พัฒนาคุณภาพผู้เรียนตามหลักสูตรและสมรรถนะ");
    assertThat(first.policy()).startsWith("4. ส่งเสริมการอ่าน");
    assertThat(first.focus()).containsExactly("4. ระบบนิเทศภายในสถานศึกษา");
  }

  @Test
  void withoutProjectReportsTheRowsKeepTheBudgetStoredInTheDraft() {
    EsaMonitoringDerived d = plugin.derive(Forms71.sample(), FormContext.of(Catalog.demoCatalog()));

    assertThat(d.projects()).isEmpty();
    assertThat(d.totalAllocated()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(d.totalDisbursementPct()).isNull();
    assertThat(d.results().get(1).allocated()).isEqualByComparingTo("120000.00");
    assertThat(d.results().get(1).projects()).containsExactly("KBI-2569-P04");
  }

  @Test
  void routineWorkHasNoBudget() {
    EsaMonitoring routine =
        Forms71.withResult(
            Forms71.withResult(
                Forms71.withResult(
                    Forms71.withResult(Forms71.sample(), 1, "projectCodes", List.of()),
                    1,
                    "routineWork",
                    true),
                1,
                "budgetAllocated",
                null),
            1,
            "budgetSpent",
            null);

    ResultLine line =
        plugin
            .derive(routine, Forms71.TestContext.demo(Forms71.supervisionProjects()))
            .results()
            .get(1);

    assertThat(line.allocated()).isNull();
    assertThat(line.spent()).isNull();
    assertThat(line.projects()).isEmpty();
  }

  @Test
  void aGroupUnknownToTheCatalogPrintsItsCode() {
    EsaMonitoring form = Records.with(Forms71.sample(), "reportingGroup", "NEW_UNIT");

    assertThat(plugin.derive(form, FormContext.of(Catalog.demoCatalog())).groupName())
        .isEqualTo("NEW_UNIT");
  }
}
