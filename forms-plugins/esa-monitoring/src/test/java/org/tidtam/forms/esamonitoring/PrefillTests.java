package org.tidtam.forms.esamonitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidtam.catalog.Catalog;
import org.tidtam.catalog.Direction;
import org.tidtam.form.Filing;
import org.tidtam.form.FormContext;
import org.tidtam.form.PrefillRequest;
import org.tidtam.form.ProjectFact;
import org.tidtam.form.monitoring.Assessment;
import org.tidtam.thai.Round;
import org.tidtam.validation.Stage;

class PrefillTests {
  private final EsaMonitoringPlugin plugin = new EsaMonitoringPlugin();

  /** A project as its form 7.2 report states it, with the links form 7.1 reads. */
  static ProjectFact project72(
      String group, String code, String policy, List<String> focus, String... indicators) {
    ProjectFact known =
        Forms71.supervisionProjects().stream()
            .filter(p -> p.code().equals(code))
            .findFirst()
            .orElse(Forms71.project(code, "โครงการ " + code, "0", "0"));
    return new ProjectFact(
        new Filing(2569, Round.ROUND_12M, group),
        code,
        known.name(),
        known.allocated(),
        known.spent(),
        known.status(),
        known.assessment(),
        List.of(indicators),
        policy,
        focus);
  }

  private static PrefillRequest supervision() {
    return new PrefillRequest(2569, Round.ROUND_12M, "SUPERVISION");
  }

  @Test
  void fillsSectionOneFromTheRequest() {
    EsaMonitoring draft =
        plugin.prefill(supervision(), FormContext.of(Catalog.demoCatalog())).orElseThrow();

    assertThat(draft.fiscalYear()).isEqualTo(2569);
    assertThat(draft.round()).isEqualTo(Round.ROUND_12M);
    assertThat(draft.reportingGroup()).isEqualTo("SUPERVISION");
    assertThat(draft.contactName()).isEmpty();
  }

  @Test
  void hasOneRowPerIndicatorTheCatalogAssignsToTheGroup() {
    EsaMonitoring draft =
        plugin.prefill(supervision(), FormContext.of(Catalog.demoCatalog())).orElseThrow();

    assertThat(draft.results())
        .extracting(IndicatorResult::indicatorCode)
        .containsExactly("KBI-2569-2.1", "KBI-2569-2.2", "KBI-2569-2.3");
    assertThat(draft.results())
        .extracting(r -> r.measure().target())
        .containsExactly(new BigDecimal("75"), new BigDecimal("3"), new BigDecimal("80"));
    assertThat(draft.results())
        .extracting(r -> r.measure().unit())
        .containsExactly("ร้อยละ", "คะแนน (เพิ่มขึ้น)", "ร้อยละ");
    IndicatorResult rt = draft.results().getFirst();
    assertThat(rt.strategy()).isEqualTo("KBS-2569-2");
    assertThat(rt.indicator())
        .isEqualTo("ร้อยละของนักเรียน ป.1 ที่มีผล RT รวม 2 สมรรถนะ ระดับดีขึ้นไป");
    assertThat(rt.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(rt.owner()).isEqualTo("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา");
    assertThat(rt.measure().result()).isNull();
    assertThat(rt.assessment()).isEqualTo(Assessment.IN_PROGRESS);
  }

  @Test
  void takesTheDirectionAndTargetOfALowerIsBetterIndicator() {
    EsaMonitoring draft =
        plugin
            .prefill(
                new PrefillRequest(2569, Round.ROUND_6M, "PROMO"),
                FormContext.of(Catalog.demoCatalog()))
            .orElseThrow();

    IndicatorResult dropout =
        draft.results().stream()
            .filter(r -> r.indicatorCode().equals("KBI-2569-3.2"))
            .findFirst()
            .orElseThrow();
    assertThat(dropout.indicatorCode()).isEqualTo("KBI-2569-3.2");
    assertThat(dropout.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(dropout.measure().target()).isEqualByComparingTo("0.20");
    assertThat(dropout.measure().targetText()).isEqualTo("≤ 0.20");
  }

  @Test
  void takesTheNumericTargetOfTheDisbursementIndicator() {
    EsaMonitoring draft =
        plugin
            .prefill(
                new PrefillRequest(2569, Round.ROUND_12M, "FINANCE"),
                FormContext.of(Catalog.demoCatalog()))
            .orElseThrow();

    assertThat(draft.results().getFirst().measure().target()).isEqualByComparingTo("93");
    assertThat(draft.results().getFirst().measure().targetText()).isEqualTo("93.00");
    assertThat(draft.results().getFirst().measure().descriptiveTarget()).isFalse();
  }

  @Test
  void linksTheGroupsProjectReportsThatDeclareEachIndicator() {
    Forms71.TestContext context =
        Forms71.TestContext.demo(
            List.of(
                project72(
                    "SUPERVISION",
                    "KBI-2569-P03",
                    "OBEC-2569-04",
                    List.of("FOCUS-2569-4"),
                    "KBI-2569-2.3",
                    "KBI-2569-2.1"),
                project72("SUPERVISION", "KBI-2569-P04", "OBEC-2569-11", List.of(), "KBI-2569-2.2"),
                project72(
                    "SUPERVISION",
                    "KBI-2569-P05",
                    "OBEC-2569-04",
                    List.of("FOCUS-2569-5"),
                    "KBI-2569-2.3"),
                project72("PROMO", "KBI-2569-P07", "OBEC-2569-09", List.of(), "KBI-2569-2.3")));

    List<IndicatorResult> rows = plugin.prefill(supervision(), context).orElseThrow().results();

    assertThat(rows.get(0).projectCodes()).containsExactly("KBI-2569-P03");
    assertThat(rows.get(1).projectCodes()).containsExactly("KBI-2569-P04");
    assertThat(rows.get(2).projectCodes()).containsExactly("KBI-2569-P03", "KBI-2569-P05");
    assertThat(rows.get(2).budgetAllocated()).isEqualByComparingTo("195000.00");
    assertThat(rows.get(2).budgetSpent()).isEqualByComparingTo("185000.00");
    assertThat(rows.get(2).obecPolicy()).isEqualTo("OBEC-2569-04");
    assertThat(rows.get(2).focus()).containsExactly("FOCUS-2569-4", "FOCUS-2569-5");
    assertThat(rows.get(1).obecPolicy()).isEqualTo("OBEC-2569-11");
  }

  @Test
  void leavesProjectsEmptyWhenNoReportDeclaresTheIndicator() {
    EsaMonitoring draft =
        plugin
            .prefill(supervision(), Forms71.TestContext.demo(Forms71.supervisionProjects()))
            .orElseThrow();

    assertThat(draft.results())
        .allSatisfy(
            r -> {
              assertThat(r.projectCodes()).isEmpty();
              assertThat(r.budgetAllocated()).isNull();
            });
  }

  @Test
  void aDraftIsAValidDraftButNotYetSubmittable() {
    EsaMonitoring draft =
        plugin.prefill(supervision(), FormContext.of(Catalog.demoCatalog())).orElseThrow();

    assertThat(Forms71.validate(draft, Stage.DRAFT)).isEmpty();
    assertThat(Forms71.submit(draft)).isNotEmpty();
  }

  @Test
  void makesNoDraftForAGroupTheCatalogDoesNotKnow() {
    assertThat(
            plugin.prefill(
                new PrefillRequest(2569, Round.ROUND_12M, "NOBODY"),
                FormContext.of(Catalog.demoCatalog())))
        .isEmpty();
  }
}
